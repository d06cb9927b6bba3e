#pragma once
// Builds a Document's text, tables and repairs as a reader walks its source. Layout of the text:
// paragraphs and blocks as lines, no blank lines; a table row as one line whose cells are
// separated by TAB (a blank cell is an empty field, a merged cell appears once, in the row where
// it starts), so the text alone reads too; every DocCell's byte range points at its text.
#include <string>
#include <string_view>
#include <vector>

#include "text/blank.h"
#include "xxgk/document.h"

namespace xxgk::doc {

// Joins a piece of text to what a cell or a line already holds: CJK next to CJK with nothing
// between (a label wrapped in its cell), anything else with one space.
void join_text(std::string& acc, std::string_view piece);

// A cell placed in its table's grid (spans resolved by the reader).
struct GridCell {
  int row = 0, column = 0, rowspan = 1, colspan = 1;
  std::string text;  // may hold line breaks: they are joined with join_text
};

class DocumentBuilder {
 public:
  DocumentBuilder(SourceKind kind, const ReadLimits& limits);

  void append(std::string_view text);  // running text; '\n' ends a line
  void end_line();                     // ends the current line, if any (trailing spaces off)
  void add_table(std::vector<GridCell> cells, DocTable::Origin origin);
  void add_repair(ReadingRepair repair) { doc_.repairs.push_back(std::move(repair)); }
  size_t size() const { return doc_.text.size(); }
  bool over_limit() const { return doc_.text.size() > max_text_; }
  bool has_text() const { return text::has_visible_text(doc_.text); }
  // Notes every U+FFFD of the text as a repair (bytes that were invalid in the source).
  void note_replacement_characters(const std::string& detail);
  Document take();

 private:
  Document doc_;
  size_t max_text_;
  size_t table_end_ = 0;  // nothing before this is trimmed (a table row may end in blank cells)
};

}  // namespace xxgk::doc
