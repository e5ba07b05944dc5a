#include "parse/detect.hpp"

#include <array>

namespace newsprism::parse {
namespace {

struct Signature {
  std::string_view magic;
  const char* what;
};

// File types people drop by mistake. Checked before any text heuristic, since a PNG header is
// mostly printable.
constexpr std::array<Signature, 9> kSignatures{{
    {std::string_view("\x89PNG\r\n\x1A\n", 8), "a PNG image"},
    {std::string_view("\xFF\xD8\xFF", 3), "a JPEG image"},
    {"GIF87a", "a GIF image"},
    {"GIF89a", "a GIF image"},
    {"%PDF-", "a PDF document"},
    {std::string_view("PK\x03\x04", 4), "a ZIP archive (or a DOCX/XLSX/EPUB file)"},
    {std::string_view("\x1F\x8B", 2), "a gzip-compressed file"},
    {std::string_view("\0asm", 4), "a WebAssembly module"},
    {std::string_view("\x7F" "ELF", 4), "an executable"},
}};

bool only_spaces(std::string_view bytes) {
  for (unsigned char byte : bytes) {
    if (byte != ' ' && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f' && byte != '\v') {
      return false;
    }
  }
  return true;
}

}  // namespace

FormatGuess detect_format(std::string_view bytes) {
  for (const Signature& signature : kSignatures) {
    if (bytes.substr(0, signature.magic.size()) == signature.magic) {
      return {"binary", std::string("starts like ") + signature.what};
    }
  }
  if (only_spaces(bytes)) {
    return {"empty", bytes.empty() ? "no bytes" : "only spaces and line breaks"};
  }
  // Text has few control bytes; binary data has many. NULs alone (a few in a text) are repaired
  // and reported by normalization instead.
  std::string_view head = bytes.substr(0, 8192);
  // Branch-free into byte-sized counts, so that the compiler counts sixteen bytes a step: this
  // reads up to 8 KiB of every input. A chunk of 255 bytes cannot overflow its count.
  size_t control = 0;
  for (size_t chunk = 0; chunk < head.size(); chunk += 255) {
    uint8_t in_chunk = 0;
    for (unsigned char byte : head.substr(chunk, 255)) {
      const bool space = byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f';
      in_chunk = static_cast<uint8_t>(in_chunk + ((byte < 0x20) & !space));
    }
    control += in_chunk;
  }
  // Short inputs say too little: a three-byte paste with one NUL is still text.
  if (head.size() >= 64 && control * 10 > head.size()) {
    return {"binary", std::to_string(control) + " of the first " + std::to_string(head.size()) +
                          " bytes are control bytes"};
  }
  return {"plain", "no markup found"};
}

namespace {

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool starts_with_ci(std::string_view text, size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (lower(text[at + i]) != prefix[i]) return false;
  }
  return true;
}

// Common elements of article markup: enough of them and the text is HTML, not prose.
constexpr std::array<std::string_view, 22> kCommonTags{
    "p", "div", "br", "a", "span", "h1", "h2", "h3", "h4", "li", "ul", "ol", "em", "strong", "b",
    "i", "img", "article", "section", "blockquote", "figure", "table"};

bool is_common_tag_at(std::string_view text, size_t lt) {
  size_t p = lt + 1;
  if (p < text.size() && text[p] == '/') ++p;
  for (std::string_view tag : kCommonTags) {
    if (!starts_with_ci(text, p, tag)) continue;
    size_t after = p + tag.size();
    if (after < text.size() && (text[after] == '>' || text[after] == ' ' || text[after] == '/' ||
                                text[after] == '\n' || text[after] == '\t')) {
      return true;
    }
  }
  return false;
}

}  // namespace

HtmlGuess looks_like_html(std::string_view bytes) {
  size_t start = bytes.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  while (start < bytes.size() && (bytes[start] == ' ' || bytes[start] == '\n' || bytes[start] == '\r' ||
                                  bytes[start] == '\t')) {
    ++start;
  }
  std::string_view head = bytes.substr(0, 65536);
  HtmlGuess guess;
  if (starts_with_ci(bytes, start, "<!doctype html") || starts_with_ci(bytes, start, "<html")) {
    return {true, true, "starts with an HTML doctype or <html>"};
  }
  size_t tags = 0;
  bool page_parts = false;
  for (size_t lt = head.find('<'); lt != std::string_view::npos; lt = head.find('<', lt + 1)) {
    if (starts_with_ci(head, lt, "<head") || starts_with_ci(head, lt, "<body")) page_parts = true;
    if (is_common_tag_at(head, lt)) ++tags;
  }
  bool starts_with_tag = start < bytes.size() && bytes[start] == '<' && is_common_tag_at(bytes, start);
  if (page_parts && tags >= 1) return {true, true, "holds <head> or <body>"};
  if (starts_with_tag || tags >= 5) {
    guess.is_html = true;
    guess.reason = starts_with_tag ? "starts with an HTML tag" : std::to_string(tags) + " HTML tags in the first 64 KiB";
  }
  return guess;
}

}  // namespace newsprism::parse
