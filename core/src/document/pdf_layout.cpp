// document_from_pdf_runs(): the pages' lines, furniture dropped, tables rebuilt, into a Document.
#include <algorithm>
#include <set>

#include "document/messages.h"
#include "document/pdf_layout.h"

namespace xxgk {

ReadResult document_from_pdf_runs(const std::vector<TextRun>& runs, const std::vector<PdfPage>& pages,
                                  const ReadLimits& limits) {
  using namespace doc;
  if (runs.size() > limits.max_runs) return refuse(ReadStatus::too_large, msg::kTooManyRuns);
  std::set<int> page_numbers;
  size_t text_bytes = 0;
  for (const TextRun& r : runs) {
    if (r.text.find_first_not_of(" \t\r\n") != std::string::npos) page_numbers.insert(r.page);
    text_bytes += r.text.size();
  }
  if (page_numbers.empty()) return read_failure(ReadStatus::no_text_layer);
  if (text_bytes > limits.max_text_bytes) return too_large("PDF 文字", limits.max_text_bytes);

  std::vector<pdf::Line> lines;
  for (int page : page_numbers) {
    std::vector<pdf::Line> l = pdf::page_lines(pdf::split_words(runs, page), page);
    lines.insert(lines.end(), std::make_move_iterator(l.begin()), std::make_move_iterator(l.end()));
  }
  const std::vector<pdf::Dropped> dropped = pdf::drop_page_furniture(lines, pages);
  const std::vector<pdf::GeometricTable> tables = pdf::find_tables(lines);

  DocumentBuilder out(SourceKind::pdf, limits);
  size_t next_drop = 0, next_table = 0;
  auto note_dropped = [&](size_t line) {
    for (; next_drop < dropped.size() && dropped[next_drop].before <= line; ++next_drop) {
      out.end_line();
      const size_t at = out.size();
      out.add_repair({ReadingRepair::Kind::page_furniture_dropped, at, at,
                      "PDF 页眉页脚或页码“" + dropped[next_drop].text + "”未读入"});
    }
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    note_dropped(i);
    if (next_table < tables.size() && tables[next_table].first == i) {
      const pdf::GeometricTable& t = tables[next_table++];
      for (size_t k = t.first; k <= t.last; ++k) note_dropped(k);
      out.add_table(t.cells, DocTable::Origin::geometry);
      i = t.last;
      continue;
    }
    out.append(lines[i].joined());
    out.end_line();
  }
  note_dropped(lines.size());
  ReadResult r;
  r.document = out.take();
  return r;
}

}  // namespace xxgk
