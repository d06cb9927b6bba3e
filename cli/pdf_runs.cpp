#include "pdf_runs.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <memory>

namespace xxgk_cli {
namespace {

void quiet(const std::string&, void*) {}  // poppler's warnings about the file are not ours to print

}  // namespace

xxgk::ReadResult read_pdf(std::string_view bytes, const xxgk::ReadLimits& limits) {
  using xxgk::ReadStatus;
  if (bytes.size() > limits.max_input_bytes || bytes.size() > static_cast<size_t>(INT_MAX))
    return xxgk::read_failure(ReadStatus::too_large);
  poppler::set_debug_error_function(quiet, nullptr);
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) {
    // poppler refuses an encrypted file without its password here, as it does a broken one.
    const bool encrypted = bytes.find("/Encrypt") != std::string_view::npos;
    return xxgk::read_failure(encrypted ? ReadStatus::encrypted : ReadStatus::damaged);
  }
  if (pdf->is_locked()) return xxgk::read_failure(ReadStatus::encrypted);
  std::vector<xxgk::TextRun> runs;
  std::vector<xxgk::PdfPage> pages;
  for (int i = 0; i < pdf->pages(); ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    if (!page) {
      pages.emplace_back();
      continue;
    }
    const poppler::rectf box = page->page_rect();
    pages.push_back({box.width(), box.height()});
    for (const poppler::text_box& t : page->text_list(poppler::page::text_list_include_font)) {
      const poppler::byte_array utf8 = t.text().to_utf8();
      const poppler::rectf b = t.bbox();
      runs.push_back({i, b.x(), b.y(), b.width(), b.height(), t.get_font_size(), std::string(utf8.begin(), utf8.end())});
      if (runs.size() > limits.max_runs) return xxgk::read_failure(ReadStatus::too_large);
    }
  }
  return xxgk::document_from_pdf_runs(runs, pages, limits);
}

}  // namespace xxgk_cli
