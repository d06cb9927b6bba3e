#include "input.h"

#include <filesystem>
#include <string_view>

#include "html_tree.h"
#include "pdf_runs.h"
#include "read_file.h"

namespace xxgk_cli {
namespace fs = std::filesystem;

namespace {

// True when the text has a character that is not white space. The core's readers refuse text of
// ASCII blanks; no-break, ideographic and zero-width spaces and a stray BOM are blank too, and a
// report of them is "nothing to check", not a report without tables.
// TODO(core documents): move into the core's reader, so that the page says the same.
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
  const xxgk::ReadLimits limits;
  FileBytes file = path == "-" ? read_stdin_bytes(limits.max_input_bytes) : read_file_bytes(path, limits.max_input_bytes);
  if (!file.ok) {
    in.error = std::move(file.message);
    return in;
  }
  xxgk::ReadResult r = read_bytes(file.bytes, path == "-" ? "" : path, limits);
  if (!r.ok()) {
    in.error = std::move(r.message);
    return in;
  }
  if (!has_visible_text(r.document.text)) {
    in.error = "文件中没有文字";
    return in;
  }
  in.document = std::move(r.document);
  in.ok = true;
  return in;
}

xxgk::ReadResult read_bytes(std::string_view bytes, std::string_view name, const xxgk::ReadLimits& limits) {
  xxgk::ReadResult r = xxgk::read_document(bytes, name, limits);
  if (r.status == xxgk::ReadStatus::needs_pdf_runs) return read_pdf(bytes, limits);
  if (r.status == xxgk::ReadStatus::needs_html_tree)
    return xxgk::document_from_html_tree(r.document, gumbo_html_tree(r.document.text), limits);
  return r;
}

}  // namespace xxgk_cli
