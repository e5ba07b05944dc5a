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
  size_t control = 0;
  for (unsigned char byte : head) {
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') ++control;
  }
  // Short inputs say too little: a three-byte paste with one NUL is still text.
  if (head.size() >= 64 && control * 10 > head.size()) {
    return {"binary", std::to_string(control) + " of the first " + std::to_string(head.size()) +
                          " bytes are control bytes"};
  }
  return {"plain", "no markup found"};
}

}  // namespace newsprism::parse
