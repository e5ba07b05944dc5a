// What `analyze` and `extract` share: the input arguments (files, '-', --max-input-bytes) and
// reading those inputs into a Report.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "newsprism/analyze.hpp"
#include "thread_pool.hpp"

namespace newsprism::cli {

/// The inputs a command was given.
struct InputArgs {
  Options options;
  /// --threads N: threads lent to the core (default: every core).
  unsigned threads = default_threads();
  std::vector<std::string> paths;
  bool only_paths = false;  // after "--"
};

/// Takes args[i] (and its value) if it is an input argument (a path, "-", "--",
/// --max-input-bytes N or --threads N). Returns nullopt when it was taken,
/// an exit code when the command must stop (2 on a bad value), and sets `taken` false when the
/// argument is not an input argument (the command handles it).
std::optional<int> take_input_argument(const std::vector<std::string>& args, size_t& i, const char* command,
                                       InputArgs& inputs, bool& taken);

/// Reads the inputs (stdin when none) and analyzes them. On failure prints the error on stderr
/// prefixed by `command` and returns false.
bool analyze_inputs(InputArgs& inputs, const char* command, Report& report);

/// The same with extract() instead of analyze(): articles without the analysis.
bool extract_inputs(InputArgs& inputs, const char* command, Report& report);

}  // namespace newsprism::cli
