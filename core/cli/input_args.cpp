#include "input_args.hpp"

#include <cstdio>
#include <cstdlib>

#include "commands.hpp"
#include "input_files.hpp"
#include "thread_pool.hpp"
#include "newsprism/extract.hpp"

namespace newsprism::cli {

std::optional<int> take_input_argument(const std::vector<std::string>& args, size_t& i, const char* command,
                                       InputArgs& inputs, bool& taken) {
  const std::string& arg = args[i];
  taken = true;
  if (inputs.only_paths || arg == "-" || arg.empty() || arg[0] != '-') {
    inputs.paths.push_back(arg);
  } else if (arg == "--") {
    inputs.only_paths = true;
  } else if (arg == "--max-input-bytes") {
    Options& options = inputs.options;
    if (i + 1 >= args.size() || !parse_byte_count(args[i + 1], options.max_input_bytes) ||
        options.max_input_bytes == 0 || options.max_input_bytes > kMaxInputBytesCeiling) {
      std::fprintf(stderr, "newsprism %s: --max-input-bytes needs a size from 1 to 1G\n", command);
      return 2;
    }
    ++i;
  } else if (arg == "--threads") {
    const int threads = i + 1 < args.size() ? std::atoi(args[i + 1].c_str()) : 0;
    if (threads < 1 || threads > 256) {
      std::fprintf(stderr, "newsprism %s: --threads needs a number from 1 to 256\n", command);
      return 2;
    }
    inputs.threads = static_cast<unsigned>(threads);
    ++i;
  } else {
    taken = false;
  }
  return std::nullopt;
}

namespace {

using Reader = Result<Report> (*)(std::span<const Input>, const Options&, const ParallelFor&);

bool read_inputs(InputArgs& inputs, const char* command, Reader reader, Report& report) {
  Options& options = inputs.options;
  if (inputs.paths.empty()) inputs.paths.push_back("-");
  if (options.max_total_bytes < options.max_input_bytes) options.max_total_bytes = options.max_input_bytes;
  std::vector<InputFile> files;
  std::string error;
  if (!read_input_files(inputs.paths, options.max_input_bytes, files, error)) {
    std::fprintf(stderr, "newsprism %s: %s\n", command, error.c_str());
    return false;
  }
  std::vector<Input> list;
  list.reserve(files.size());
  for (const InputFile& file : files) list.push_back(file.input());
  Result<Report> result = reader(list, options, thread_pool(inputs.threads));
  if (!result.ok()) {
    std::fprintf(stderr, "newsprism %s: %s (%s)\n", command, result.error().message.c_str(),
                 error_code_name(result.error().code));
    return false;
  }
  report = std::move(result.value());
  return true;
}

}  // namespace

bool analyze_inputs(InputArgs& inputs, const char* command, Report& report) {
  return read_inputs(inputs, command, &analyze, report);
}

bool extract_inputs(InputArgs& inputs, const char* command, Report& report) {
  return read_inputs(inputs, command, &extract, report);
}

}  // namespace newsprism::cli
