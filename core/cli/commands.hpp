// The subcommands of `newsprism`. Each takes its own arguments (after the subcommand name) and
// returns the process exit code: 0 success, 1 an input or analysis error, 2 a usage error.
#pragma once

#include <string>
#include <vector>

namespace newsprism::cli {

int run_analyze(const std::vector<std::string>& args);
int run_extract(const std::vector<std::string>& args);
int run_dedup(const std::vector<std::string>& args);
int run_entities(const std::vector<std::string>& args);
int run_bench(const std::vector<std::string>& args);
int run_train_ner(const std::vector<std::string>& args);  // ner_commands.cpp
int run_tag(const std::vector<std::string>& args);
int run_eval_ner(const std::vector<std::string>& args);
int run_bench_tag(const std::vector<std::string>& args);  // `bench tag`, args after "tag"
int run_eval_paraphrase(const std::vector<std::string>& args);

/// Parses a byte count such as "1048576", "64M" or "1G"; false if it is not one.
bool parse_byte_count(const std::string& text, uint64_t& bytes);

}  // namespace newsprism::cli
