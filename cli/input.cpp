#include "input.h"

#include <filesystem>
#include <string_view>

#include "html_tree.h"
#include "pdf_runs.h"
#include "content_hash.h"
#include "read_file.h"

namespace xxgk_cli {
namespace fs = std::filesystem;


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
  in.sha256 = sha256_hex(file.bytes);
  xxgk::ReadResult r = read_bytes(file.bytes, path == "-" ? "" : path, limits);
  if (!r.ok()) {
    in.error = std::move(r.message);
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
