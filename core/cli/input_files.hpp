// Reading the CLI's inputs: files or standard input, each checked against the size limit
// before it is read whole.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "newsprism/analyze.hpp"

namespace newsprism::cli {

/// One input read from disk or stdin.
struct InputFile {
  std::string source;  ///< the path as given, or "-" for standard input
  std::string bytes;   ///< with room for kInputPadding bytes after them (JSON is parsed in place)

  /// The input for analyze() and extract(), with the padding that `bytes` has room for.
  Input input() const { return {source, bytes, bytes.capacity() - bytes.size()}; }
};

/// Reads every path ("-" is standard input) into `files`. On the first failure returns false
/// and sets `error` to a message that names the file and the reason (missing, unreadable, a
/// directory, over `max_bytes`).
bool read_input_files(const std::vector<std::string>& paths, uint64_t max_bytes,
                      std::vector<InputFile>& files, std::string& error);

}  // namespace newsprism::cli
