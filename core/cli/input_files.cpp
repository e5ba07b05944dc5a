#include "input_files.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace newsprism::cli {
namespace {

std::string over_limit(const std::string& source, uint64_t size, uint64_t max_bytes) {
  return "'" + source + "' is " + std::to_string(size) + " bytes, over the limit of " +
         std::to_string(max_bytes) + " bytes (raise it with --max-input-bytes)";
}

// Reads until EOF, stopping one byte past the limit so an endless pipe cannot exhaust memory.
bool read_stream(std::FILE* stream, const std::string& source, uint64_t max_bytes,
                 std::string& bytes, std::string& error) {
  char buffer[1 << 16];
  while (true) {
    size_t got = std::fread(buffer, 1, sizeof buffer, stream);
    bytes.append(buffer, got);
    if (bytes.size() > max_bytes) {
      error = "'" + source + "' is over the limit of " + std::to_string(max_bytes) +
              " bytes (raise it with --max-input-bytes)";
      return false;
    }
    if (got < sizeof buffer) break;
  }
  if (std::ferror(stream)) {
    error = "cannot read '" + source + "': " + std::strerror(errno);
    return false;
  }
  return true;
}

}  // namespace

bool read_input_files(const std::vector<std::string>& paths, uint64_t max_bytes,
                      std::vector<InputFile>& files, std::string& error) {
  for (const std::string& path : paths) {
    InputFile file;
    file.source = path;
    if (path == "-") {
      if (!read_stream(stdin, "standard input", max_bytes, file.bytes, error)) return false;
      file.bytes.reserve(file.bytes.size() + kInputPadding);
      files.push_back(std::move(file));
      continue;
    }
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
      error = "cannot open '" + path + "': " + std::strerror(errno);
      return false;
    }
    if (S_ISDIR(info.st_mode)) {
      error = "'" + path + "' is a directory, not a file";
      return false;
    }
    if (S_ISREG(info.st_mode) && static_cast<uint64_t>(info.st_size) > max_bytes) {
      error = over_limit(path, static_cast<uint64_t>(info.st_size), max_bytes);
      return false;
    }
    std::FILE* stream = std::fopen(path.c_str(), "rb");
    if (stream == nullptr) {
      error = "cannot open '" + path + "': " + std::strerror(errno);
      return false;
    }
    if (S_ISREG(info.st_mode)) file.bytes.reserve(static_cast<size_t>(info.st_size) + kInputPadding);
    bool ok = read_stream(stream, path, max_bytes, file.bytes, error);
    std::fclose(stream);
    if (!ok) return false;
    file.bytes.reserve(file.bytes.size() + kInputPadding);  // a file that grew, or a pipe
    files.push_back(std::move(file));
  }
  return true;
}

}  // namespace newsprism::cli
