// Table 四: 政府信息公开行政复议、行政诉讼情况. One row of 15 cells under a three-level header;
// copies interleave the header with the numbers, split it one character per line, or put all
// 15 numbers on one line, so the numbers are read in order and the header words skipped.
#include <algorithm>
#include <optional>
#include <string_view>

#include "read/blocks.h"
#include "read/cell_builder.h"
#include "read/column_words.h"
#include "read/generic_header.h"
#include "read/group_order.h"
#include "read/row_cells.h"
#include "read/runs.h"
#include "read/table_reader.h"
#include "format/per_format.h"
#include "read/label_chain.h"
#include "read/line_cells.h"
#include "read/review_columns.h"
#include "text/code_points.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

constexpr size_t kHeaderWindow = 400;   // compact bytes of header between 行政复议 and the first number
constexpr size_t kTableReach = 3000;    // compact bytes the table may span
constexpr size_t kBrokenHeaderChars = 8;  // header characters a broken-up header shows at least
constexpr size_t kBrokenColumnChars = 4;  // of them, characters of the column words (维持, 纠正, 审结 …)

// What identifies table 四 in the text, from the model: its first label (行政复议), the words of
// its header, and every character printed in its header, title or section heading (a run of
// other Han characters is running text).
struct ReviewWords {
  std::vector<std::string> groups;         // compact: 行政复议, 行政诉讼 (where a header may begin)
  std::vector<std::string> header_words;   // compact
  std::u32string header_chars;
  std::u32string column_chars;             // header characters the caption and heading do not print
};

ReviewWords review_words(const FormatModel& m) {
  const TableSpec& t = m.table("review_litigation");
  ReviewWords w;
  for (const auto& cell : t.header[0]) w.groups.push_back(compact_label(cell.label));
  for (const auto& word : t.header_words) w.header_words.push_back(compact_label(word));
  auto han_of = [](const std::vector<std::string>& sources, std::u32string& chars) {
    for (const auto& src : sources)
      for (char32_t c : text::u(normalize(src).norm))
        if (is_han(c) && chars.find(c) == std::u32string::npos) chars.push_back(c);
  };
  std::vector<std::string> captions{t.name};
  if (const SectionSpec* s = m.section(t.section)) captions.insert(captions.end(), s->variants.begin(), s->variants.end());
  std::vector<std::string> columns = t.header_words;
  for (const auto& c : m.review_columns) columns.push_back(c.unit);
  std::u32string caption_chars;
  han_of(captions, caption_chars);
  han_of(columns, w.column_chars);
  w.column_chars.erase(std::remove_if(w.column_chars.begin(), w.column_chars.end(),
                                      [&](char32_t c) { return caption_chars.find(c) != std::u32string::npos; }),
                       w.column_chars.end());
  w.header_chars = caption_chars;
  han_of(columns, w.header_chars);
  return w;
}

// Three or more Han characters that the table's header does not print: running text.
bool prose(const ReviewWords& w, const std::string& text) {
  size_t other = 0;
  for (char32_t c : text::u(text)) {
    if (!is_han(c)) continue;
    other = w.header_chars.find(c) != std::u32string::npos ? 0 : other + 1;
    if (other >= 3) return true;
  }
  return false;
}

// Compact position where table 四's header starts: a group word (行政复议, 行政诉讼) followed,
// before any number, by at least two other words of the header (复议后起诉, 结果维持, 总计 …); a
// sentence of the narrative about 行政复议 has none, nor has the section heading alone.
size_t find_start(const CompactText& compact, const ReviewWords& w, size_t from) {
  const std::string& s = compact.str();
  for (size_t p = from;; ++p) {
    size_t next = std::string::npos, word_size = 0;
    for (const auto& g : w.groups) {
      const size_t at = s.find(g, p);
      if (at < next) next = at, word_size = g.size();
    }
    if (next == std::string::npos) return next;
    p = next;
    size_t d = p;
    while (d < s.size() && d < p + kHeaderWindow && !(s[d] >= '0' && s[d] <= '9')) ++d;
    const std::string between = s.substr(p + word_size, d - p - word_size);
    size_t words = 0;
    for (const auto& word : w.header_words)
      if (between.find(word) != std::string::npos && std::find(w.groups.begin(), w.groups.end(), word) == w.groups.end())
        ++words;
    if (words >= 2) return p;
    // Header words broken one character a line ("结果维 结果纠 … / 持 正 …"): nearly every
    // character before the first number is one the header prints, several of them its columns'.
    size_t header = 0, columns = 0, other = 0;
    for (char32_t c : text::u(between)) {
      if (!is_han(c)) continue;
      ++(w.header_chars.find(c) != std::u32string::npos ? header : other);
      if (w.column_chars.find(c) != std::u32string::npos) ++columns;
    }
    if (header >= kBrokenHeaderChars && columns >= kBrokenColumnChars && other * 10 <= header) return p;
  }
}

// The first run from `from` on whose text before it, after the last running text, prints the
// header's column words again (结果维 结果纠 … / 持 正 …); 0 when none does.
size_t resumed_group(std::string_view norm, const ReviewWords& w, const RegionRuns& found, size_t from, size_t after) {
  for (size_t g = from; g < found.runs.size(); ++g) {
    const std::u32string before = text::u(std::string(norm.substr(after, found.runs[g].nb - after)));
    size_t columns = 0, other = 0;
    for (char32_t c : before) {
      if (!is_han(c)) continue;
      if (w.header_chars.find(c) == std::u32string::npos) {
        if (++other >= 3) columns = 0;  // running text: count the header after it only
        continue;
      }
      other = 0;
      if (w.column_chars.find(c) != std::u32string::npos) ++columns;
    }
    if (columns >= kBrokenColumnChars) return g;
    after = found.runs[g].ne;
  }
  return 0;
}

// Where the table's numbers may be: from its header to the next section heading after it.
size_t section_end_after(const ReadContext& ctx, size_t nb) {
  size_t end = ctx.text.norm.size();
  for (const auto& sec : ctx.sections)
    if (sec.norm_begin > nb) end = std::min(end, sec.norm_begin);
  return end;
}

// A line of `cells` empty fields in [b, e) (a copied grid whose cells are all blank: 14 TABs, or
// "| | … |"): its range, else nothing. Empty fields alone elsewhere are a grid's rules, not cells.
std::optional<std::pair<size_t, size_t>> empty_grid_row(std::string_view norm, size_t b, size_t e, size_t cells) {
  for (size_t lb = b; lb < e;) {
    size_t le = std::min(e, norm.find('\n', lb));
    if (le == std::string_view::npos) le = e;
    std::string_view line = norm.substr(lb, le - lb);
    if (!line.empty() && line.find_first_not_of(" \t|") == std::string_view::npos) {
      const bool pipes = line.find('|') != std::string_view::npos;
      if (pipes) {
        line = line.substr(line.find('|') + 1);
        line = line.substr(0, line.rfind('|'));
      }
      const size_t fields = static_cast<size_t>(std::count(line.begin(), line.end(), pipes ? '|' : '\t')) + 1;
      if (fields == cells) return std::make_pair(lb, le);
    }
    lb = le + 1;
  }
  return std::nullopt;
}

// What a line after the table's last run is to a table printed apart: a number alone, the header's
// words alone (总 / 计 split over lines), blank, or anything else.
enum class TailLine { number, header, blank, other };

TailLine tail_line(std::string_view norm, const ReviewWords& w, size_t b, size_t e, NumberToken& number) {
  while (b < e && (norm[b] == ' ' || norm[b] == '\t')) ++b;
  while (e > b && (norm[e - 1] == ' ' || norm[e - 1] == '\t')) --e;
  if (b == e || is_page_furniture(norm.substr(b, e - b))) return TailLine::blank;
  if (read_number_at(norm, b, e, number) && number.ne == e && number.value && !number.negative) return TailLine::number;
  size_t han = 0;
  for (char32_t c : text::u(std::string(norm.substr(b, e - b)))) {
    if (!is_han(c) || w.header_chars.find(c) == std::u32string::npos) return TailLine::other;
    ++han;
  }
  return han > 0 ? TailLine::header : TailLine::other;
}

// The table's last `missing` cells when plain pdftotext printed them after the text that follows the
// table (a PDF's reading order: the next section's first lines stand higher on the page than the
// table's last row). Taken only when every number alone on its line in [from, to) is one of them,
// there are exactly `missing` of them, they stand in one block with nothing but the header's words
// between them, the header's words are printed in the block or right before it, and none is a
// page's first or last line (a page number). Otherwise none: the table stays partly unread.
std::vector<NumberToken> table_tail(const ReadContext& ctx, const ReviewWords& w, size_t from, size_t to, size_t missing) {
  const std::string_view norm = ctx.text.norm;
  const auto& breaks = ctx.text.page_breaks;
  std::vector<NumberToken> tail;
  bool header_seen = false, block_header = false, closed = false;
  for (size_t b = from; b < to;) {
    size_t e = norm.find('\n', b);
    if (e == std::string_view::npos || e > to) e = to;
    NumberToken number;
    const TailLine kind = tail_line(norm, w, b, e, number);
    const auto at_break = [&](size_t pos) { return std::binary_search(breaks.begin(), breaks.end(), static_cast<uint32_t>(pos)); };
    if (kind == TailLine::number) {
      if (closed || at_break(b) || at_break(e + 1)) return {};
      if (tail.empty()) block_header = header_seen;
      tail.push_back(number);
    } else if (kind == TailLine::header) {
      header_seen = true;
      block_header = block_header || !tail.empty();
    } else if (kind == TailLine::other) {
      header_seen = false;
      closed = !tail.empty();
    }
    b = e + 1;
  }
  if (tail.size() != missing || !block_header) return {};
  return tail;
}

}  // namespace

const ReviewWords& words_of(const FormatModel& model) {
  static const PerFormat<ReviewWords> words(review_words);
  return words[model];
}

// A markdown table's rule under its header row: pipes, dashes, colons and spaces only.
bool table_rule(std::string_view line) {
  return line.find('-') != std::string_view::npos && line.find_first_not_of("|-: \t") == std::string_view::npos;
}

// Table 四 under a converter's generic header (数据1 … 数据15), its own header lost: right after
// the section's heading, nothing but blank lines, generic headers, table rules and lines of the
// header's characters, then one TAB/pipe row of exactly the table's count of numbers. Compact
// position of that row (npos when the text is not so).
size_t row_under_heading(const ReadContext& ctx, const ReviewWords& w, size_t cells) {
  const std::string_view norm = ctx.text.norm;
  const int section = ctx.model.table("review_litigation").section;
  for (const auto& sec : ctx.sections) {
    if (sec.number != section) continue;
    for (size_t lb = sec.body_begin; lb < sec.norm_end;) {
      size_t le = norm.find('\n', lb);
      if (le == std::string_view::npos || le > sec.norm_end) le = sec.norm_end;
      const std::string_view line = norm.substr(lb, le - lb);
      const size_t start = lb;
      lb = le + 1;
      const bool has_digit = line.find_first_of("0123456789") != std::string_view::npos;
      if (line.find_first_not_of(" \t\r") == std::string_view::npos || is_generic_header(line) || table_rule(line)) continue;
      if (!has_digit) {
        if (prose(w, std::string(line))) return std::string::npos;
        continue;
      }
      size_t numbers = 0;
      std::string_view field;
      for (size_t at = 0; next_field(line, at, field); ++numbers)
        if (field.find_first_not_of("0123456789") != std::string_view::npos) return std::string::npos;
      return numbers == cells ? ctx.compact.from_norm(start) : std::string::npos;
    }
  }
  return std::string::npos;
}

// Numbers each a paragraph of their own (pdftotext's reading order, which follows the PDF's text
// blocks: a group's total before its parts, two groups' columns in turns) are in the table's order
// when they keep every group's relation, or when no order of them could (the report is wrong
// whatever the order, and the text order names the cells). Otherwise which number is which cell
// is not known.
bool order_in_doubt(std::string_view norm, const std::vector<NumberToken>& tokens,
                    const std::vector<LocalEquation>& equations, size_t groups, size_t columns) {
  if (!each_number_a_paragraph(norm, tokens) || !all_numbers(tokens)) return false;
  if (relations_hold(tokens, 0, equations)) return false;
  std::vector<double> values;
  for (const auto& t : tokens) values.push_back(*t.value);
  return some_order_adds_up(values, groups, columns);
}

size_t cells_of(const FormatModel& m) { return m.review_columns.size() * m.review_groups.size(); }

size_t review_header_start(const ReadContext& ctx, size_t from) {
  const size_t from_compact = ctx.compact.from_norm(from);
  size_t start = find_start(ctx.compact, words_of(ctx.model), from_compact);
  if (start == std::string::npos) start = row_under_heading(ctx, words_of(ctx.model), cells_of(ctx.model));
  return start == std::string::npos || start < from_compact ? std::string::npos : ctx.compact.to_norm(start);
}

std::optional<Table> read_review(const ReadContext& ctx, size_t search_from) {
  const ReviewWords& w = words_of(ctx.model);
  // The header after table 三, else anywhere (a report may print table 四 first), else the row
  // under a generic header.
  size_t start = find_start(ctx.compact, w, ctx.compact.from_norm(search_from));
  if (start == std::string::npos && search_from > 0) start = find_start(ctx.compact, w, 0);
  if (start == std::string::npos) start = row_under_heading(ctx, w, cells_of(ctx.model));
  if (start == std::string::npos) return std::nullopt;
  const size_t nb = ctx.compact.to_norm(start);
  // The table ends at the next heading, but a PDF's reading order may print that heading inside it:
  // the section after is searched too, for groups whose header is printed again (below).
  const size_t reach = ctx.compact.to_norm(std::min(ctx.compact.str().size(), start + kTableReach));
  size_t limit = std::min(section_end_after(ctx, nb), reach);
  const size_t extended = std::min(section_end_after(ctx, limit), reach);

  // The runs after the header, in order, until the table's cells are there: one line of 15, three
  // lines of 5, or one cell a line; notes and header text between them are skipped.
  const auto& cols = ctx.model.review_columns;
  const auto& groups = ctx.model.review_groups;
  const size_t ncells = cols.size() * groups.size();
  static const PerFormat<std::vector<std::u32string>> header_words([](const FormatModel& m) {
    std::vector<std::u32string> out;
    for (const auto& word : m.table("review_litigation").header_words) out.push_back(text::u(compact_label(word)));
    return out;
  });
  RegionRuns found = find_runs(ctx.text.norm, nb, extended, {}, ncells, header_words[ctx.model]);
  drop_empty_columns(found, ncells);
  RegionTokens region;
  size_t end = limit;
  for (size_t g = 0; g < found.runs.size() && region.tokens.size() < ncells; ++g) {
    const Run& run = found.runs[g];
    // A run far below the last one, or after running text, belongs to the text after the table,
    // unless whole groups are read and the header is printed again right before it: a PDF's
    // reading order may put a group's column below the page's running text.
    const bool beyond = run.nb >= limit;
    if (beyond && region.tokens.empty()) break;
    if (!region.tokens.empty() && (beyond || run.first_line > found.runs[g - 1].last_line + 3 || prose(w, run.lead))) {
      const size_t resumed = region.tokens.size() % cols.size() == 0 ? resumed_group(ctx.text.norm, w, found, g, end) : 0;
      if (resumed == 0) break;
      g = resumed;
      limit = extended;
    }
    const Run& taken = found.runs[g];
    region.tokens.insert(region.tokens.end(), taken.tokens.begin(), taken.tokens.end());
    region.positional = region.positional || taken.positional;
    end = taken.ne;
  }
  if (region.tokens.size() > ncells && region.positional) region.tokens.resize(ncells);
  // On one line without its blank cells, lined up under the header's labels.
  if (!region.positional && !region.tokens.empty() && region.tokens.size() < ncells) {
    std::vector<std::string> labels;
    for (const auto& c : cols) labels.push_back(c.label);
    const DisplayColumns display(ctx.text);
    if (auto placed = place_under_header(ctx.text, display, nb, region.tokens.front().nb, region.tokens, labels,
                                         groups.size())) {
      region.tokens = std::move(*placed);
      region.positional = true;
    }
  }
  // One cell a line, the blank ones empty lines, from the first cell to the last: the whole table
  // (empty lines right before its first number and after its last are its first and last cells).
  if (!region.positional && !region.tokens.empty() && region.tokens.size() < ncells) {
    Run numbers;
    numbers.tokens = region.tokens;
    const auto lines = table_lines(ctx.text.norm, numbers, limit);
    if (empty_lines_are_cells({lines}, ncells)) {
      region.tokens = lines->cells;
      region.positional = true;
    }
  }
  if (!region.tokens.empty() && region.tokens.size() < ncells && !region.positional) {
    const auto tail = table_tail(ctx, w, end, reach, ncells - region.tokens.size());
    region.tokens.insert(region.tokens.end(), tail.begin(), tail.end());
    if (!tail.empty()) end = tail.back().ne;
  }

  std::vector<LocalEquation> equations;
  for (size_t g = 0; g < groups.size(); ++g) {
    LocalEquation eq;
    for (size_t c = 0; c + 1 < cols.size(); ++c) eq.lhs.push_back(g * cols.size() + c);
    eq.rhs.push_back(g * cols.size() + cols.size() - 1);
    equations.push_back(eq);
  }
  if (region.tokens.empty()) {
    // The header is there and no number after it: a grid row of empty fields is the table with
    // every cell blank; else its cells are unread (a table whose blank cells left no trace), said
    // as such, not as a table missing.
    // The note below then quotes the header's first line.
    if (const auto blank_row = empty_grid_row(ctx.text.norm, nb, limit, ncells)) {
      region.positional = true;
      region.tokens = blank_cells(ncells, blank_row->first);
      end = blank_row->second;
    } else if (auto blank_lines = blank_table_lines(ctx.text.norm, nb, limit, ncells)) {
      // One cell a line, every one an empty line.
      region.positional = true;
      region.tokens = std::move(*blank_lines);
      end = region.tokens.back().ne;
    } else {
      end = std::min(limit, ctx.text.norm.find('\n', nb));
    }
  }
  RowCells rc = resolve_row_cells(ctx.text.norm, region, ncells, equations);
  // Header words among the numbers that say text order puts them in the wrong cells: not read.
  if (rc.direct && !region.positional &&
      words_contradict_text_order(named_columns(ctx.text.norm, ctx.model, TableWithWords::review_litigation, rc.tokens),
                                  cols.size()))
    rc = RowCells{};
  if (rc.direct && !region.positional && order_in_doubt(ctx.text.norm, rc.tokens, equations, groups.size(), cols.size()))
    rc = RowCells{};

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
        for (size_t c : rc.guessed)
          if (c / cols.size() == g) all[c].column_guessed = true;
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
    n.raw = rc.ran_together ? rc.raw : std::string(utf8::prefix(std::string_view(ctx.text.norm).substr(nb, end - nb), 60));
    n.found = region.tokens.size();
    n.expected = ncells;
    n.span = ctx.text.span(nb, end);
    ctx.notes.push_back(std::move(n));
  }
  if (rc.placed_by_order) {
    std::vector<CellRef> all;
    for (const auto& g : groups) all.push_back({g.key, -1});
    ctx.notes.push_back(placed_by_order_note(ctx.text, "review_litigation", rc.nb, rc.ne, std::move(all)));
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
