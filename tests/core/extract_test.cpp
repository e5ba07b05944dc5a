// extract() against analyze(): the same articles (format, metadata, text, blocks and their spans,
// diagnostics) and inputs, on every fixture and, where ../shared is beside the checkout, on the
// seed pastes; and the extraction JSON's shape.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "newsprism/extract.hpp"
#include "parallel_test_support.hpp"
#include "report_test_support.hpp"

using namespace newsprism;

namespace {

std::string read_file(const std::filesystem::path& path) {
  std::string bytes;
  std::FILE* file = std::fopen(path.c_str(), "rb");
  REQUIRE(file != nullptr);
  char buffer[1 << 16];
  size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) bytes.append(buffer, got);
  std::fclose(file);
  return bytes;
}

// The regular files below `folder`, sorted; none when it is absent.
std::vector<std::filesystem::path> files_below(const std::filesystem::path& folder) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (std::filesystem::recursive_directory_iterator it(folder, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_regular_file(error)) files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

void check_same_span(const Span& a, const Span& b) {
  CHECK(a.start == b.start);
  CHECK(a.end == b.end);
  CHECK(a.start_utf16 == b.start_utf16);
  CHECK(a.end_utf16 == b.end_utf16);
  CHECK(a.input_start == b.input_start);
  CHECK(a.input_end == b.input_end);
}

void check_same_diagnostics(const std::vector<Diagnostic>& a, const std::vector<Diagnostic>& b) {
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].severity == b[i].severity);
    CHECK(a[i].code == b[i].code);
    CHECK(a[i].message == b[i].message);
    CHECK(a[i].count == b[i].count);
    CHECK(a[i].input_offset == b[i].input_offset);
  }
}

void check_same_metadata(const ArticleMetadata& a, const ArticleMetadata& b) {
  CHECK(a.title == b.title);
  CHECK(a.published == b.published);
  CHECK(a.published_relative == b.published_relative);
  CHECK(a.modified == b.modified);
  CHECK(a.authors == b.authors);
  CHECK(a.site == b.site);
  CHECK(a.url == b.url);
  CHECK(a.language == b.language);
  CHECK(a.description == b.description);
  CHECK(a.record_id == b.record_id);
}

// extract() gives what analyze() gives, short of the analysis.
void check_extract_matches_analyze(const std::vector<Input>& inputs) {
  Options options;
  options.entities = false;  // nothing extract() shares; spares the test the tagger's time
  Result<Report> analyzed = analyze(inputs, options);
  Result<Report> extracted = extract(inputs, options);
  REQUIRE(analyzed.ok());
  REQUIRE(extracted.ok());
  const Report& a = analyzed.value();
  const Report& e = extracted.value();
  REQUIRE(a.inputs.size() == e.inputs.size());
  for (size_t i = 0; i < a.inputs.size(); ++i) {
    CHECK(a.inputs[i].source == e.inputs[i].source);
    CHECK(a.inputs[i].format.name == e.inputs[i].format.name);
    CHECK(a.inputs[i].format.reason == e.inputs[i].format.reason);
    CHECK(a.inputs[i].articles == e.inputs[i].articles);
    check_same_diagnostics(a.inputs[i].diagnostics, e.inputs[i].diagnostics);
  }
  REQUIRE(a.articles.size() == e.articles.size());
  for (size_t i = 0; i < a.articles.size(); ++i) {
    const Article& x = a.articles[i];
    const Article& y = e.articles[i];
    CAPTURE(x.source);
    CHECK(x.id == y.id);
    CHECK(x.input == y.input);
    CHECK(x.format.name == y.format.name);
    check_same_metadata(x.metadata, y.metadata);
    CHECK(x.text == y.text);
    CHECK(x.text_utf16_length == y.text_utf16_length);
    REQUIRE(x.blocks.size() == y.blocks.size());
    for (size_t b = 0; b < x.blocks.size(); ++b) {
      CHECK(x.blocks[b].kind == y.blocks[b].kind);
      CHECK(x.blocks[b].reason == y.blocks[b].reason);
      CHECK(x.blocks[b].level == y.blocks[b].level);
      check_same_span(x.blocks[b].span, y.blocks[b].span);
    }
    check_same_diagnostics(x.diagnostics, y.diagnostics);
    CHECK(extracted_article_json(x) == extracted_article_json(y));
    CHECK(y.sentences.empty());
    CHECK(y.tokens.empty());
    CHECK(y.fingerprint.signature.empty());
  }
  CHECK(e.pairs.empty());
  CHECK(e.stories.empty());
}

std::vector<Input> inputs_of(const std::vector<std::filesystem::path>& files, std::vector<std::string>& storage) {
  storage.clear();
  storage.reserve(files.size() * 2);
  std::vector<Input> inputs;
  for (const std::filesystem::path& file : files) {
    storage.push_back(file.filename().string());
    storage.push_back(read_file(file));
  }
  for (size_t i = 0; i < files.size(); ++i) inputs.push_back({storage[2 * i], storage[2 * i + 1]});
  return inputs;
}

}  // namespace

TEST_CASE("extract() gives analyze()'s articles on every fixture, one by one and all at once") {
  const std::vector<std::filesystem::path> files = files_below(std::string(NEWSPRISM_SOURCE_DIR) + "/tests/fixtures");
  REQUIRE(files.size() >= 20);
  std::vector<std::string> storage;
  for (const std::filesystem::path& file : files) {
    CAPTURE(file.string());
    check_extract_matches_analyze(inputs_of({file}, storage));
  }
  check_extract_matches_analyze(inputs_of(files, storage));
}

TEST_CASE("extract() gives analyze()'s articles on the seed pastes") {
  const std::vector<std::filesystem::path> files =
      files_below(std::string(NEWSPRISM_SOURCE_DIR) + "/../shared/samples/seeds");
  if (files.empty()) {
    MESSAGE("skipped: ../shared/samples/seeds is not present");
    return;
  }
  std::vector<std::string> storage;
  check_extract_matches_analyze(inputs_of(files, storage));
}

TEST_CASE("analyze() and extract() give the same report whatever order and threads their tasks run in") {
  const std::vector<std::filesystem::path> files = files_below(std::string(NEWSPRISM_SOURCE_DIR) + "/tests/fixtures");
  std::vector<std::filesystem::path> repeated;
  for (int copy = 0; copy < 4; ++copy) repeated.insert(repeated.end(), files.begin(), files.end());
  std::vector<std::string> storage;
  std::vector<Input> inputs = inputs_of(repeated, storage);
  REQUIRE(inputs.size() > 64);  // more than one batch of inputs
  // Inputs of many articles: more than one task of them. The second, over a megabyte, spreads
  // its articles over the threads inside a batch of small inputs.
  auto posts_of = [](int count, int paragraphs) {
    std::string posts = "[";
    for (int i = 0; i < count; ++i) {
      if (i > 0) posts += ",";
      posts += "{\"title\":{\"rendered\":\"Post " + std::to_string(i) + " on the harbour\"},\"content\":{\"rendered\":\"";
      for (int p = 0; p < paragraphs; ++p) {
        posts += "<p>Ferry " + std::to_string(i) + " left Dover at noon, said Ms. Grey.<\\/p>\\n<p>It came back at " +
                 std::to_string(p) + ".<\\/p>";
      }
      posts += "\"}}";
    }
    return posts + "]";
  };
  const std::string posts = posts_of(40, 1);
  const std::string large_posts = posts_of(320, 40);
  REQUIRE(large_posts.size() > (1u << 20));
  inputs.push_back({"posts.json", posts});
  inputs.insert(inputs.begin() + 70, Input{"large-posts.json", large_posts});
  auto run = [&](const ParallelFor& parallel) {
    Result<Report> analyzed = analyze(inputs, Options{}, parallel);
    Result<Report> extracted = extract(inputs, Options{}, parallel);
    REQUIRE(analyzed.ok());
    REQUIRE(extracted.ok());
    return report_to_json(analyzed.value()) + "\n" + extraction_to_json(extracted.value());
  };
  const std::string in_order = run({});
  CHECK(in_order.find("Ferry 39 left Dover") != std::string::npos);
  CHECK(in_order == run(testing::backwards_tasks()));
#ifndef __EMSCRIPTEN__
  CHECK(in_order == run(testing::two_threads()));
#endif
}

TEST_CASE("inputs with padding (JSON parsed where it lies) give the same report as inputs without") {
  std::vector<std::filesystem::path> files = files_below(std::string(NEWSPRISM_SOURCE_DIR) + "/tests/fixtures");
  std::vector<std::string> texts;
  for (const std::filesystem::path& file : files) texts.push_back(read_file(file));
  // JSON that ends in a number, a bad NDJSON line, invalid UTF-8, trailing bytes, a value cut
  // short: the cases where the parser reads up to its input's end or starts again on a copy.
  texts.push_back("[{\"title\":\"Harbour reopens\",\"body\":\"Boats returned.\",\"id\":12345}]");
  texts.push_back("{\"title\":\"A\",\"text\":\"One.\"}\n{\"title\": oops}\n{\"title\":\"B\",\"text\":\"Two.\",\"id\":7}");
  texts.push_back("[{\"title\":\"Caf\xE9 reopens\",\"body\":\"Boats \xFF returned.\"}]");
  texts.push_back("{\"title\":\"Harbour\",\"body\":\"Boats returned.\"} trailing words");
  texts.push_back("[{\"title\":\"Harbour\",\"body\":\"Boats returned.\"},{\"title\":\"Cut\",\"body\":\"Bo");
  for (const std::string& text : texts) {
    // What follows the bytes is anything: here bytes that would change a number or close a
    // string if the parser took them for input.
    std::vector<char> buffer(text.begin(), text.end());
    for (size_t i = 0; i < kInputPadding; ++i) buffer.push_back("9\"]}1"[i % 5]);
    const Input plain{"paste", text};
    const Input padded{"paste", std::string_view(buffer.data(), text.size()), kInputPadding};
    Result<Report> without = analyze(std::span<const Input>(&plain, 1), Options{});
    Result<Report> with = analyze(std::span<const Input>(&padded, 1), Options{});
    REQUIRE(without.ok());
    REQUIRE(with.ok());
    CHECK(report_to_json(without.value()) == report_to_json(with.value()));
  }
}

TEST_CASE("extract() fails as analyze() does, on the limits") {
  Input input{"big", "0123456789"};
  Options options;
  options.max_input_bytes = 4;
  Result<Report> result = extract(std::span<const Input>(&input, 1), options);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::kInputTooLarge);
}

TEST_CASE("the extraction JSON: the body without boilerplate, lists and quotes marked, inputs as in the report") {
  const std::string page =
      "<html><head><title>Harbour reopens | Example News</title></head><body>"
      "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
      "<article><h1>Harbour reopens</h1>"
      "<p>The harbour reopened on Monday after a week of repairs, the council said, and ferries ran again.</p>"
      "<blockquote>We are glad to be back, said a skipper.</blockquote>"
      "<ul><li>Ferries run hourly.</li></ul></article></body></html>";
  Input inputs[] = {{"page.html", page}, {"empty.txt", ""}};
  Result<Report> result = extract(inputs);
  REQUIRE(result.ok());
  const Report& report = result.value();
  REQUIRE(report.articles.size() == 1);
  CHECK(article_body_text(report.articles[0]) ==
        "The harbour reopened on Monday after a week of repairs, the council said, and ferries ran again.\n\n"
        "> We are glad to be back, said a skipper.\n\n- Ferries run hourly.");
  const std::string json = extraction_to_json(report);
  CHECK(json.starts_with("{\"articles\":[{\"source\":\"page.html\",\"format\":\"html\",\"title\":\"Harbour reopens\","));
  CHECK(json.find("\"boilerplate_blocks\":1,") != std::string::npos);
  CHECK(json.find("\"inputs\":[{\"index\":0,\"source\":\"page.html\"") != std::string::npos);
  CHECK(json.find("\"code\":\"empty_input\"") != std::string::npos);
  CHECK(json.ends_with("]}"));
}
