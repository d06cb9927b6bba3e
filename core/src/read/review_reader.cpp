// Table 四: 政府信息公开行政复议、行政诉讼情况. One row of 15 cells under a three-level header;
// copies interleave the header with the numbers, split it one character per line, or put all
// 15 numbers on one line, so the numbers are read in order and the header words skipped.
#include <algorithm>
#include <string_view>

#include "read/cell_builder.h"
#include "read/row_cells.h"
#include "read/table_reader.h"
#include "format/per_format.h"
#include "read/label_chain.h"
#include "text/code_points.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

constexpr size_t kHeaderWindow = 400;   // compact bytes between 行政复议 and the first 结果维持
constexpr size_t kTableReach = 3000;    // compact bytes the table may span

// What identifies table 四 in the text, from the model: its first band's two labels (行政复议,
// 行政诉讼), the tail of its first column's label (维持: the head may be split off), the first
// character of the column labels (vertical headers print one character a line), and every
// character printed in its header, title or section heading (a run of other Han characters is
// running text).
struct ReviewWords {
  std::string review, litigation, first_column_tail, column_head;
  std::u32string header_chars;
};

ReviewWords review_words(const FormatModel& m) {
  const TableSpec& t = m.table("review_litigation");
  ReviewWords w;
  w.review = compact_label(t.header[0][0].label);
  w.litigation = compact_label(t.header[0][1].label);
  const std::u32string first = text::u(m.review_columns.front().label);
  w.first_column_tail = text::utf8(first.substr(first.size() / 2));
  w.column_head = text::utf8(first.substr(0, 1));
  std::u32string chars;
  std::vector<std::string> sources = t.header_words;
  sources.push_back(t.name);
  if (const SectionSpec* s = m.section(t.section)) sources.insert(sources.end(), s->variants.begin(), s->variants.end());
  for (const auto& c : m.review_columns) sources.push_back(c.unit);
  for (const auto& src : sources)
    for (char32_t c : text::u(normalize(src).norm))
      if (is_han(c) && chars.find(c) == std::u32string::npos) chars.push_back(c);
  w.header_chars = chars;
  return w;
}

// Compact position where table 四 starts: 行政复议 followed closely by 结果维持.
size_t find_start(const CompactText& compact, const ReviewWords& w, size_t from) {
  const std::string& s = compact.str();
  for (size_t p = s.find(w.review, from); p != std::string::npos; p = s.find(w.review, p + 1)) {
    const size_t h = s.find(w.first_column_tail, p);
    if (h != std::string::npos && h - p <= kHeaderWindow) return p;
  }
  // Vertical headers ("结 结 其 尚 / 果 果 他 未"): 行政复议 followed by 行政诉讼.
  for (size_t p = s.find(w.review, from); p != std::string::npos; p = s.find(w.review, p + 1)) {
    const size_t h = s.find(w.litigation, p);
    if (h != std::string::npos && h - p <= 40 && s.find(w.column_head, h) - h <= 60) return p;
  }
  return std::string::npos;
}

}  // namespace

std::optional<Table> read_review(const ReadContext& ctx, size_t search_from) {
  static const PerFormat<ReviewWords> words(review_words);
  const ReviewWords& w = words[ctx.model];
  const size_t start = find_start(ctx.compact, w, ctx.compact.from_norm(search_from));
  if (start == std::string::npos) return std::nullopt;
  const size_t nb = ctx.compact.to_norm(start);
  const size_t limit = ctx.compact.to_norm(std::min(ctx.compact.str().size(), start + kTableReach));

  // Numbers in order, header words skipped, until running text.
  const std::string& s = ctx.text.norm;
  RegionTokens region;
  size_t other_han = 0, len = 0, end = limit;
  for (size_t i = nb; i < limit; i += len) {
    const char32_t c = utf8::decode(s, i, len);
    if (is_han(c)) {
      other_han = w.header_chars.find(c) != std::u32string::npos ? 0 : other_han + 1;
      if (other_han >= 3) { end = i; break; }
      continue;
    }
    if (c >= '0' && c <= '9') {
      NumberToken t;
      if (!read_number_at(s, i, limit, t)) continue;
      region.tokens.push_back(t);
      len = t.ne - i;
      other_han = 0;
    }
  }
  // A clean tab row of 15 fields keeps its blank cells.
  if (!region.tokens.empty()) {
    RegionTokens positional = read_cells(s, region.tokens.front().nb, region.tokens.back().ne,
                                         ctx.model.review_columns.size() * ctx.model.review_groups.size());
    if (positional.positional && positional.tokens.size() >= region.tokens.size()) region = positional;
  }

  const auto& cols = ctx.model.review_columns;
  const auto& groups = ctx.model.review_groups;
  const size_t ncells = cols.size() * groups.size();
  std::vector<LocalEquation> equations;
  for (size_t g = 0; g < groups.size(); ++g) {
    LocalEquation eq;
    for (size_t c = 0; c + 1 < cols.size(); ++c) eq.lhs.push_back(g * cols.size() + c);
    eq.rhs.push_back(g * cols.size() + cols.size() - 1);
    equations.push_back(eq);
  }
  if (region.tokens.empty()) return std::nullopt;
  RowCells rc = resolve_row_cells(region, ncells, equations);

  Table table;
  table.id = "review_litigation";
  std::vector<Cell> cells(ncells);
  CellTarget target{ctx.text, "review_litigation", "", cols, ctx.notes};
  auto to_groups = [&](const std::vector<Cell>& all) {
    table.rows.clear();
    for (size_t g = 0; g < groups.size(); ++g) {
      Row row;
      row.key = groups[g].key;
      row.found = !all.empty();
      row.cells.assign(all.begin() + static_cast<long>(g * cols.size()),
                       all.begin() + static_cast<long>((g + 1) * cols.size()));
      table.rows.push_back(row);
    }
  };
  if (rc.direct || !rc.candidates.empty()) {
    // Findings name the group of each cell: build the cells group by group.
    std::vector<Cell> all;
    for (size_t g = 0; g < groups.size(); ++g) {
      CellTarget t = target;
      t.row_key = groups[g].key;
      if (rc.direct) {
        std::vector<NumberToken> part(rc.tokens.begin() + static_cast<long>(g * cols.size()),
                                      rc.tokens.begin() + static_cast<long>((g + 1) * cols.size()));
        for (auto& c : cells_from_tokens(t, part)) all.push_back(c);
      } else {
        std::vector<DigitPiece> part(rc.candidates.front().begin() + static_cast<long>(g * cols.size()),
                                     rc.candidates.front().begin() + static_cast<long>((g + 1) * cols.size()));
        for (auto& c : cells_from_pieces(t, rc.tokens, part)) all.push_back(c);
      }
    }
    to_groups(all);
  } else {
    to_groups(cells);
    for (auto& row : table.rows) row.found = false;
    ReadingNote n;
    n.kind = rc.ran_together ? ReadingNote::Kind::digits_unsplittable : ReadingNote::Kind::row_unreadable;
    n.table = "review_litigation";
    for (const auto& g : groups) n.cells.push_back({g.key, -1});
    n.raw = rc.ran_together ? rc.raw : std::string(utf8::prefix(std::string_view(s).substr(nb, end - nb), 60));
    n.found = region.tokens.size();
    n.expected = ncells;
    n.span = ctx.text.span(nb, end);
    ctx.notes.push_back(std::move(n));
  }
  if (rc.candidates.size() > 1) {
    ReadingNote n;
    n.kind = ReadingNote::Kind::digits_ambiguous;
    n.table = "review_litigation";
    n.raw = rc.raw;
    for (const auto& cand : rc.candidates) {
      std::vector<double> values;
      for (const auto& p : cand) values.push_back(static_cast<double>(p.value));
      n.alternatives.push_back(values);
    }
    n.chosen = n.alternatives.front();
    for (const auto& g : groups) n.cells.push_back({g.key, -1});
    n.span = ctx.text.span(rc.nb, rc.ne);
    ctx.notes.push_back(std::move(n));
  }
  table.span = ctx.text.span(nb, rc.tokens.empty() ? end : rc.ne);
  return table;
}

}  // namespace xxgk
