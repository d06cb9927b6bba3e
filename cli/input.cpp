#include "input.h"

#include <filesystem>
#include <string_view>

#include "decode.h"
#include "docx.h"
#include "html.h"
#include "read_file.h"
#include "xxgk/document.h"

namespace xxgk_cli {
namespace fs = std::filesystem;

namespace {

// True when the text has a character that is not white space (ASCII, no-break, ideographic,
// zero-width or BOM): a report of blanks is "nothing to check", not a report without tables.
bool has_visible_text(std::string_view utf8) {
  static constexpr std::string_view kBlanks[] = {" ", "\t", "\n", "\r", "\f", "\v",
                                                 "\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF", "\xE2\x80\x8B",
                                                 "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x80\xAF", "\xE2\x81\xA0"};
  while (!utf8.empty()) {
    size_t blank = 0;
    for (std::string_view b : kBlanks)
      if (utf8.substr(0, b.size()) == b) blank = b.size();
    if (blank == 0) return true;
    utf8.remove_prefix(blank);
  }
  return false;
}

}  // namespace

std::string extension_of(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (auto& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

Input read_input(const std::string& path) {
  Input in;
  const size_t limit = xxgk::ReadLimits{}.max_input_bytes;
  FileBytes file = path == "-" ? read_stdin_bytes(limit) : read_file_bytes(path, limit);
  if (!file.ok) {
    in.error = std::move(file.message);
    return in;
  }
  std::string bytes = std::move(file.bytes);
  if (bytes.empty()) {
    in.error = "文件为空";
    return in;
  }
  const std::string ext = path == "-" ? "" : extension_of(path);
  if (ext == ".docx") {
    DocxText d = docx_to_text(bytes);
    if (!d.ok) {
      in.error = d.error;
      return in;
    }
    in.text = std::move(d.text);
    in.ok = true;
    return in;
  }
  Decoded d = decode_text(bytes);
  bytes.clear();
  bytes.shrink_to_fit();
  if (!d.ok) {
    in.error = d.error;
    return in;
  }
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") {
    in.text = html_to_text(d.utf8);
  } else {
    in.text = std::move(d.utf8);
  }
  if (!has_visible_text(in.text)) {
    in.error = "文件中没有文字";
    return in;
  }
  in.ok = true;
  return in;
}

}  // namespace xxgk_cli
