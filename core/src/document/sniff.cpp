#include "document/sniff.h"

#include <cctype>
#include <string>

namespace xxgk::doc {
namespace {

bool starts(std::string_view b, std::string_view sig) { return b.substr(0, sig.size()) == sig; }

std::string lower_extension(std::string_view name) {
  const size_t slash = name.find_last_of("/\\");
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  const size_t dot = name.rfind('.');
  std::string ext(dot == std::string_view::npos ? std::string_view() : name.substr(dot));
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// An HTML document by its first tag (after a BOM, spaces and comments), whatever its name.
bool starts_like_html(std::string_view b) {
  if (starts(b, "\xEF\xBB\xBF")) b.remove_prefix(3);
  const size_t p = b.find_first_not_of(" \t\r\n");
  if (p == std::string_view::npos) return false;
  std::string head(b.substr(p, 64));
  for (auto& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return starts(head, "<!doctype html") || starts(head, "<html") || starts(head, "<head") ||
         starts(head, "<meta") || starts(head, "<body");
}

bool contains_utf16le(std::string_view b, std::string_view ascii) {
  std::string wide;
  for (char c : ascii) { wide += c; wide += '\0'; }
  return b.find(wide) != std::string_view::npos;
}

}  // namespace

InputKind detect_input_kind(std::string_view b, std::string_view name) {
  if (b.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputKind::pdf;
  if (starts(b, "PK\x03\x04") || starts(b, "PK\x05\x06")) return InputKind::docx;
  if (starts(b, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    // An encrypted .docx is an OLE file holding the zip as "EncryptedPackage".
    return contains_utf16le(b, "EncryptedPackage") ? InputKind::encrypted_word : InputKind::legacy_word;
  }
  if (starts(b, "\x89PNG") || starts(b, "\xFF\xD8\xFF") || starts(b, "GIF87a") || starts(b, "GIF89a") ||
      starts(b, std::string_view("II*\0", 4)) || starts(b, std::string_view("MM\0*", 4)) ||
      (starts(b, "RIFF") && b.size() >= 12 && b.substr(8, 4) == "WEBP"))
    return InputKind::image;
  if (starts(b, "{\\rtf")) return InputKind::rtf;
  if (starts(b, "\x1F\x8B") || starts(b, "7z\xBC\xAF") || starts(b, "Rar!")) return InputKind::other_binary;
  const std::string ext = lower_extension(name);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml" || starts_like_html(b))
    return InputKind::html;
  return InputKind::text;
}

}  // namespace xxgk::doc
