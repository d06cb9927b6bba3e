#include "document/builder.h"

#include <algorithm>

#include "text/utf8.h"

namespace xxgk::doc {
namespace {

bool is_wide(char32_t c) { return c >= 0x2E80 && !(c >= 0xFFF0 && c <= 0xFFFF); }

char32_t last_char(std::string_view s) {
  size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  if (i == 0) return 0;
  size_t len = 0;
  return utf8::decode(s, i - 1, len);
}

char32_t first_char(std::string_view s) {
  size_t len = 0;
  return s.empty() ? 0 : utf8::decode(s, 0, len);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// A cell's text on one line: its lines joined, tabs and runs of spaces as one space.
std::string cell_line(std::string_view text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string piece;
    bool space = false;
    for (char c : trim(text.substr(start, end - start))) {
      if (is_space(c)) { space = true; continue; }
      if (space) piece += ' ';
      space = false;
      piece += c;
    }
    join_text(out, piece);
    start = end + 1;
  }
  return out;
}

}  // namespace

void join_text(std::string& acc, std::string_view piece) {
  if (piece.empty()) return;
  if (!acc.empty() && !is_space(acc.back()) && !is_space(piece.front()) &&
      !(is_wide(last_char(acc)) && is_wide(first_char(piece))))
    acc += ' ';
  acc.append(piece.data(), piece.size());
}

DocumentBuilder::DocumentBuilder(SourceKind kind, const ReadLimits& limits) : max_text_(limits.max_text_bytes) {
  doc_.kind = kind;
}

void DocumentBuilder::append(std::string_view text) {
  for (char c : text) {
    if (c == '\n') end_line();
    else if (c != '\r') doc_.text += c;
  }
}

void DocumentBuilder::end_line() {
  std::string& t = doc_.text;
  while (t.size() > table_end_ && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
  if (t.size() > table_end_ && t.back() != '\n') t += '\n';
}

void DocumentBuilder::add_table(std::vector<GridCell> cells, DocTable::Origin origin) {
  if (cells.empty()) return;
  end_line();
  std::stable_sort(cells.begin(), cells.end(), [](const GridCell& a, const GridCell& b) {
    return a.row != b.row ? a.row < b.row : a.column < b.column;
  });
  DocTable table;
  table.origin = origin;
  table.begin = doc_.text.size();
  int row = -1;
  for (const GridCell& c : cells) {
    if (c.row != row) {
      if (row >= 0) doc_.text += '\n';
      row = c.row;
    } else {
      doc_.text += '\t';
    }
    DocCell cell;
    cell.row = c.row;
    cell.column = c.column;
    cell.rowspan = std::max(1, c.rowspan);
    cell.colspan = std::max(1, c.colspan);
    cell.begin = doc_.text.size();
    doc_.text += cell_line(c.text);
    cell.end = doc_.text.size();
    table.rows = std::max(table.rows, cell.row + cell.rowspan);
    table.columns = std::max(table.columns, cell.column + cell.colspan);
    table.cells.push_back(cell);
  }
  doc_.text += '\n';
  table.end = doc_.text.size() - 1;
  table_end_ = doc_.text.size();
  doc_.tables.push_back(std::move(table));
}

void DocumentBuilder::note_replacement_characters(const std::string& detail) {
  static const std::string_view kReplacement = "\xEF\xBF\xBD";
  for (size_t p = doc_.text.find(kReplacement); p != std::string::npos; p = doc_.text.find(kReplacement, p + 3))
    doc_.repairs.push_back({ReadingRepair::Kind::invalid_bytes_replaced, p, p + 3, detail});
}

Document DocumentBuilder::take() {
  end_line();
  std::stable_sort(doc_.repairs.begin(), doc_.repairs.end(),
                   [](const ReadingRepair& a, const ReadingRepair& b) { return a.begin < b.begin; });
  return std::move(doc_);
}

}  // namespace xxgk::doc
