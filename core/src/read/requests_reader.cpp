// Table 三: 收到和处理政府信息公开申请情况.
#include <algorithm>
#include <cmath>
#include <memory>

#include "format/per_format.h"
#include "read/align.h"
#include "read/apart.h"
#include "read/blocks.h"
#include "read/carried_cell.h"
#include "read/cell_builder.h"
#include "read/column_words.h"
#include "read/group_order.h"
#include "read/line_cells.h"
#include "read/columns.h"
#include "read/runs.h"
#include "read/table_anchors.h"
#include "read/unclaimed.h"
#include "text/code_points.h"
#include "text/compact.h"
#include "read/row_cells.h"
#include "read/table_reader.h"
#include "text/utf8.h"
#include "format/relations.h"

namespace xxgk {
namespace {

constexpr size_t kMinRowsForTable = 3;
constexpr size_t kLastRowReach = 600;  // normalised bytes read after the last label
constexpr size_t kBytesPerDetachedCell = 6;  // a number alone in its paragraph: "23\n\n"
constexpr size_t kMaxEqualReadings = 5;  // more glued readings fitting equally well: left unread

// The row-total relation of table 三 within one row of `ncols` cells: the others add up to the last.
// With the 小计 column (`subtotal`, before the last): 自然人 and 小计 add up to 总计, and the
// organisations' columns to 小计.
std::vector<LocalEquation> row_equations(size_t ncols, bool subtotal) {
  LocalEquation eq;
  if (!subtotal) {
    for (size_t c = 0; c + 1 < ncols; ++c) eq.lhs.push_back(c);
    eq.rhs.push_back(ncols - 1);
    return {eq};
  }
  LocalEquation parts;
  for (size_t c = 1; c + 2 < ncols; ++c) parts.lhs.push_back(c);
  parts.rhs.push_back(ncols - 2);
  eq.lhs = {0, ncols - 2};
  eq.rhs.push_back(ncols - 1);
  return {eq, parts};
}

// Table 三's section (the last of that number, as the sections were read).
const Section* requests_section(const ReadContext& ctx) {
  const Section* section = nullptr;
  for (const auto& sec : ctx.sections)
    if (sec.number == ctx.model.table("requests").section) section = &sec;
  return section;
}

// Whether table 三's header prints the 小计 column the statutory format does not have, in the text
// between the section's heading and the first row's label: its word, or, in a header printed a
// character a line (pdftotext -layout: 小 above 计, beside 其 above 他), the characters of its word
// that no statutory header word has, on lines of header characters only (no sentence).
bool subtotal_printed(const ReadContext& ctx, const ChainAnchors& found) {
  const Section* section = requests_section(ctx);
  const Anchor* first = nullptr;
  for (const auto* a : found.of_row)
    if (a && (!first || a->nb < first->nb)) first = a;
  if (!section || !first || section->body_begin >= first->nb) return false;
  const size_t b = ctx.compact.from_norm(section->body_begin), e = ctx.compact.from_norm(first->nb);
  if (b >= e) return false;
  const std::string word = compact_label(ctx.model.request_subtotal.label);
  if (ctx.compact.str().substr(b, e - b).find(word) != std::string::npos) return true;
  std::u32string statutory;
  for (const auto& w : ctx.model.table("requests").header_words) statutory += text::u(w);
  const std::u32string own = text::u(word);
  std::u32string distinctive;
  for (char32_t c : own)
    if (statutory.find(c) == std::u32string::npos) distinctive += c;
  if (distinctive.empty()) return false;
  // The header's lines: those whose Han characters are all the header's (a page's running title
  // or address between them is not).
  std::u32string header_lines;
  const std::string_view norm = ctx.text.norm;
  for (size_t line = section->body_begin; line < first->nb;) {
    size_t end = std::min(norm.find('\n', line), first->nb);
    const std::u32string printed = text::u(norm.substr(line, end - line));
    if (std::all_of(printed.begin(), printed.end(), [&](char32_t c) {
          return !is_han(c) || statutory.find(c) != std::u32string::npos || own.find(c) != std::u32string::npos;
        }))
      header_lines += printed;
    line = end + 1;
  }
  return std::all_of(distinctive.begin(), distinctive.end(),
                     [&](char32_t c) { return header_lines.find(c) != std::u32string::npos; });
}

// The 小计 cell of a row read with it, set aside: the row's cells are the format's again. Returns
// the 小计 printed and the sum of the cells it stands for (nothing when the row had no cells).
std::optional<std::pair<double, double>> set_aside_subtotal(RowCells& rc, size_t at) {
  std::optional<std::pair<double, double>> out;
  if (rc.direct && rc.tokens.size() > at) {
    double sum = 0;
    for (size_t c = 1; c < at; ++c) sum += rc.tokens[c].value.value_or(0);
    if (rc.tokens[at].value) out = std::make_pair(*rc.tokens[at].value, sum);
    rc.tokens.erase(rc.tokens.begin() + static_cast<long>(at));
  }
  std::vector<size_t> guessed;
  for (size_t c : rc.guessed)
    if (c != at) guessed.push_back(c > at ? c - 1 : c);
  rc.guessed = std::move(guessed);
  for (auto& candidate : rc.candidates)
    if (candidate.size() > at) candidate.erase(candidate.begin() + static_cast<long>(at));
  return out;
}

// How plausible a split of a table-三 row is when relations cannot decide: natural persons
// file most applications, and the organisation columns hold small numbers.
struct Plausibility {
  double natural_share;
  double org_spread;  // sum of squares of the organisation columns: smaller is likelier
  bool operator<(const Plausibility& o) const {
    return natural_share != o.natural_share ? natural_share < o.natural_share : org_spread > o.org_spread;
  }
};

Plausibility plausibility(const std::vector<DigitPiece>& pieces) {
  const double total = static_cast<double>(pieces.back().value);
  Plausibility p{total > 0 ? static_cast<double>(pieces.front().value) / total : 0, 0};
  for (size_t i = 1; i + 1 < pieces.size(); ++i) p.org_spread += double(pieces[i].value) * double(pieces[i].value);
  return p;
}

std::vector<double> piece_values(const std::vector<DigitPiece>& pieces) {
  std::vector<double> v;
  for (const auto& p : pieces) v.push_back(static_cast<double>(p.value));
  return v;
}

struct PendingRow {
  std::string key;
  RowCells cells;
  CellTarget* target;
  size_t chosen = 0;
  std::vector<size_t> fitting;  // candidates not contradicted by the column relations
};

// Chooses among the splits of ambiguous rows with the column relations (balance, results total),
// then by plausibility; says when more than one split still fits.
void choose_splits(const ReadContext& ctx, Table& table, std::vector<PendingRow>& pending) {
  const auto equations = expand_relations(ctx.model, "requests");
  for (int round = 0; round < 2; ++round) {
    for (auto& p : pending) {
      Row* row = table.row(p.key);
      std::vector<int> scores;
      for (const auto& cand : p.cells.candidates) {
        row->cells = cells_from_pieces(*p.target, p.cells.tokens, cand);
        int score = 0;
        for (const auto& eq : equations) {
          if (eq.spec->scope != RelationSpec::Scope::each_column) continue;
          const auto e = evaluate(eq, table);
          score += e.holds() ? 1 : (e.fails() ? -1 : 0);
        }
        scores.push_back(score);
      }
      const int best = *std::max_element(scores.begin(), scores.end());
      p.fitting.clear();
      for (size_t i = 0; i < scores.size(); ++i)
        if (scores[i] == best) p.fitting.push_back(i);
      p.chosen = *std::max_element(p.fitting.begin(), p.fitting.end(), [&](size_t a, size_t b) {
        return plausibility(p.cells.candidates[a]) < plausibility(p.cells.candidates[b]);
      });
      row->cells = cells_from_pieces(*p.target, p.cells.tokens, p.cells.candidates[p.chosen]);
    }
  }
  for (auto& p : pending) {
    if (p.fitting.size() < 2) continue;
    if (p.fitting.size() > kMaxEqualReadings) {
      // Too many readings fit equally well: the row stays unread rather than guessed.
      Row* row = table.row(p.key);
      for (auto& cell : row->cells) cell = Cell{};
      ReadingNote n;
      n.kind = ReadingNote::Kind::digits_unsplittable;
      n.table = "requests";
      n.raw = p.cells.raw;
      for (int c = 0; c < static_cast<int>(ctx.model.request_columns.size()); ++c) n.cells.push_back({p.key, c});
      n.span = ctx.text.span(p.cells.nb, p.cells.ne);
      ctx.notes.push_back(std::move(n));
      continue;
    }
    ReadingNote n;
    n.kind = ReadingNote::Kind::digits_ambiguous;
    n.table = "requests";
    n.raw = p.cells.raw;
    for (size_t k : p.fitting) n.alternatives.push_back(piece_values(p.cells.candidates[k]));
    n.chosen = piece_values(p.cells.candidates[p.chosen]);
    for (int c = 0; c < static_cast<int>(ctx.model.request_columns.size()); ++c) n.cells.push_back({p.key, c});
    n.span = ctx.text.span(p.cells.nb, p.cells.ne);
    ctx.notes.push_back(std::move(n));
  }
}

// The columns of a space-aligned table 三, with the header's column labels in the lines above its
// first row, measured in display columns when the text lines its columns up so.
ColumnPlacer column_placer(const ReadContext& ctx, RegionRuns& region, size_t region_begin,
                           const std::vector<ColumnSpec>& columns) {
  constexpr size_t kHeaderLines = 15;
  size_t header_begin = region_begin;
  for (size_t lines = 0; header_begin > 0 && lines <= kHeaderLines; --header_begin)
    if (ctx.text.norm[header_begin - 1] == '\n') ++lines;
  std::vector<std::string> labels;
  for (const auto& c : columns) labels.push_back(normalize(c.label).norm);
  const DisplayColumns display(ctx.text);
  const bool wide = measure_in_display_columns_if_aligned(region, display, columns.size());
  // Pages are counted from the region's start: the header's page is the region's first.
  return ColumnPlacer(
      region, columns.size(),
      [&] { return header_extents(ctx.text.norm, header_begin, region_begin, labels, wide ? &display : nullptr); }, 0,
      wide);
}

// The runs after region.runs[g], up to `cells` numbers in all and with no label between them,
// joined to it when together they make exactly `cells` (a line of two numbers, "0 218", ends a
// run in running text, not in a block of numbers printed apart from their labels).
void join_following_runs(RegionRuns& region, size_t g, const std::vector<Anchor>& anchors, size_t cells) {
  size_t total = region.runs[g].tokens.size(), h = g;
  while (total < cells && h + 1 < region.runs.size()) {
    const Run& next = region.runs[h + 1];
    const size_t gap_begin = region.runs[h].ne;
    if (std::any_of(anchors.begin(), anchors.end(), [&](const Anchor& a) { return a.nb >= gap_begin && a.nb < next.nb; }))
      return;
    if (next.positional) return;
    total += next.tokens.size();
    ++h;
  }
  if (total != cells || h == g) return;
  Run& run = region.runs[g];
  for (size_t k = g + 1; k <= h; ++k) {
    const Run& next = region.runs[k];
    run.tokens.insert(run.tokens.end(), next.tokens.begin(), next.tokens.end());
    run.centers.insert(run.centers.end(), next.centers.begin(), next.centers.end());
    run.ne = next.ne;
    run.last_line = next.last_line;
    run.trail = next.trail;
  }
  region.runs.erase(region.runs.begin() + static_cast<long>(g + 1), region.runs.begin() + static_cast<long>(h + 1));
}

// Rows whose labels are nowhere near (pdftotext put them lines away): the data rows without a label
// found that follow, in the table's order, the last row before region.runs[g] (the last of
// `orphans`, or else the last labelled row, whose numbers must then be an earlier run), up to the
// next labelled row, which must come after the run.
std::vector<size_t> unlabelled_rows_after(const RegionRuns& region, size_t g, const ChainAnchors& found,
                                          const std::vector<ChainRow>& chain_rows, const std::vector<size_t>& orphans) {
  const Run& run = region.runs[g];
  long before = orphans.empty() ? -1 : static_cast<long>(orphans.back());
  if (orphans.empty()) {
    for (size_t i = 0; i < chain_rows.size(); ++i)
      if (chain_rows[i].data && found.of_row[i] && found.of_row[i]->ne <= run.nb) before = static_cast<long>(i);
    if (before < 0 || g == 0 || region.runs[g - 1].nb < found.of_row[static_cast<size_t>(before)]->ne) return {};
  }
  std::vector<size_t> rows;
  for (size_t i = static_cast<size_t>(before + 1); i < chain_rows.size(); ++i) {
    if (found.of_row[i]) {
      if (found.of_row[i]->nb < run.ne) return {};
      break;
    }
    if (chain_rows[i].data) rows.push_back(i);
  }
  return rows;
}

// The next `want` data rows after row `last`, when their labels come right after region.runs[g]
// with no other run before them (pdftotext printed the last rows' numbers, then the last label:
// "3.其他 (七)总计 264 … 276 1139 … 1191 290 … 293 四、结转下年度继续办理"); none otherwise.
std::vector<size_t> labels_right_after(const RegionRuns& region, size_t g, const ChainAnchors& found,
                                       const std::vector<ChainRow>& chain_rows, size_t last, size_t want) {
  const size_t next_run = g + 1 < region.runs.size() ? region.runs[g + 1].nb : SIZE_MAX;
  std::vector<size_t> rows;
  for (size_t i = last + 1; i < chain_rows.size() && rows.size() < want; ++i) {
    if (!chain_rows[i].data) continue;
    const Anchor* a = found.of_row[i];
    if (!a || a->nb < region.runs[g].ne || a->ne > next_run) break;
    rows.push_back(i);
  }
  return rows.size() == want ? rows : std::vector<size_t>{};
}

// Whether the table's text prints each row's numbers together, one number a paragraph (pdftotext
// without layout): the run's numbers are each a paragraph, and so are those of at least
// kRowsShowingOrder other runs that are one whole row each.
bool rows_printed_whole(std::string_view norm, const RegionRuns& region, size_t g, size_t ncols) {
  constexpr size_t kRowsShowingOrder = 3;
  if (!each_number_a_paragraph(norm, region.runs[g].tokens)) return false;
  size_t whole = 0;
  for (size_t h = 0; h < region.runs.size(); ++h) {
    const Run& r = region.runs[h];
    if (h != g && !r.positional && r.tokens.size() == ncols && each_number_a_paragraph(norm, r.tokens)) ++whole;
  }
  return whole >= kRowsShowingOrder;
}

// Rows whose labels stand apart from their numbers (pdftotext's reading order: several labels,
// then all their numbers, row by row or column by column within blocks of rows): a run of k rows'
// numbers right after k labels that have none is divided among them as the rows' relation says.
// Returns, per chain row, the run it takes (-1 where none); the runs are split in place.
std::vector<long> detached_rows(std::string_view norm, RegionRuns& region, const ChainAnchors& found,
                                const std::vector<ChainRow>& chain_rows, size_t ncols,
                                const std::vector<LocalEquation>& row_eq) {
  std::vector<long> fixed(chain_rows.size(), -1);
  auto row_holds = [&](const std::vector<double>& cells) {
    for (const auto& eq : row_eq) {
      double l = 0, r = 0;
      for (size_t i : eq.lhs) l += cells[i];
      for (size_t i : eq.rhs) r += cells[i];
      if (l != r) return false;
    }
    return true;
  };
  for (size_t g = 0; g < region.runs.size(); ++g) {
    Run& run = region.runs[g];
    if (run.positional) continue;
    // The data rows whose labels stand between the run before and this one, in the table's order.
    const size_t from = g == 0 ? 0 : region.runs[g - 1].ne;
    std::vector<size_t> orphans;
    for (size_t i = 0; i < chain_rows.size(); ++i)
      if (chain_rows[i].data && found.of_row[i] && found.of_row[i]->nb >= from && found.of_row[i]->ne <= run.nb)
        orphans.push_back(i);
    if (run.tokens.size() > orphans.size() * ncols) {
      const auto unlabelled = unlabelled_rows_after(region, g, found, chain_rows, orphans);
      orphans.insert(orphans.end(), unlabelled.begin(), unlabelled.end());
    }
    if (run.tokens.size() > orphans.size() * ncols && !orphans.empty() && rows_printed_whole(norm, region, g, ncols)) {
      const auto trailing = labels_right_after(region, g, found, chain_rows, orphans.back(), run.tokens.size() / ncols - orphans.size());
      orphans.insert(orphans.end(), trailing.begin(), trailing.end());
    }
    if (orphans.size() >= 2) join_following_runs(region, g, found.anchors, orphans.size() * ncols);
    if (run.tokens.size() < 2 * ncols || run.tokens.size() % ncols != 0) continue;
    if (!all_numbers(run.tokens)) continue;
    const size_t k = run.tokens.size() / ncols;
    if (orphans.size() != k) continue;
    std::vector<double> values;
    for (const auto& t : run.tokens) values.push_back(*t.value);
    auto places = blocks_by_paragraphs(paragraphs_of(norm, run.tokens), k, ncols);
    // The table's other rows show the order (each row's numbers together): read so, whatever the
    // relations say (a broken one is the report's error); otherwise the relations choose.
    if (!places && rows_printed_whole(norm, region, g, ncols)) {
      places.emplace(k, std::vector<size_t>(ncols));
      for (size_t r = 0; r < k; ++r)
        for (size_t c = 0; c < ncols; ++c) (*places)[r][c] = r * ncols + c;
    }
    if (!places) places = solve_blocks(values, k, ncols, row_holds);
    if (!places) continue;
    std::vector<Run> split(k, run);
    for (size_t r = 0; r < k; ++r) {
      split[r].tokens.clear();
      split[r].centers.clear();
      for (size_t c = 0; c < ncols; ++c) split[r].tokens.push_back(run.tokens[(*places)[r][c]]);
      split[r].nb = split[r].tokens.front().nb;
      split[r].ne = split[r].tokens.back().ne;
    }
    region.runs.erase(region.runs.begin() + static_cast<long>(g));
    region.runs.insert(region.runs.begin() + static_cast<long>(g), split.begin(), split.end());
    // Runs after these moved by k-1; the rows just solved take theirs.
    for (auto& f : fixed)
      if (f >= static_cast<long>(g)) f += static_cast<long>(k - 1);
    for (size_t r = 0; r < k; ++r) fixed[orphans[r]] = static_cast<long>(g + r);
    g += k - 1;
  }
  return fixed;
}

// The first column printed beside the labels and the others after the table (pdftotext without
// layout on a LibreOffice PDF: 自然人 stands apart from the columns under 法人或其他组织): the runs
// among the labels hold exactly one number per data row, in the rows' order, and the runs after
// them exactly the other columns of every row, in blocks whose paragraphs show the division
// (blocks_by_paragraphs). Returns each chain row's whole row of tokens so put together (empty where not).
std::vector<std::vector<NumberToken>> first_column_apart(std::string_view norm, const RegionRuns& region,
                                                         const std::vector<ChainRow>& chain_rows,
                                                         const Alignment& alignment, size_t ncols) {
  std::vector<std::vector<NumberToken>> out(chain_rows.size());
  std::vector<size_t> rows;
  long first = -1, last = -1;
  for (size_t i = 0; i < chain_rows.size(); ++i) {
    if (!chain_rows[i].data) continue;
    rows.push_back(i);
    const long g = alignment.run_of_row[i];
    if (g < 0) continue;
    first = first < 0 ? g : std::min(first, g);
    last = std::max(last, g);
  }
  if (first < 0 || ncols < 2) return out;
  // The numbers from the first row's on: one a row up to the last row's run, then the others
  // (the last row's run may go on into them), from a new paragraph.
  const size_t others = rows.size() * (ncols - 1);
  std::vector<NumberToken> seq;
  size_t in_labels = 0;
  for (size_t g = static_cast<size_t>(first); g < region.runs.size() && seq.size() < rows.size() + others; ++g) {
    if (region.runs[g].positional) return out;
    seq.insert(seq.end(), region.runs[g].tokens.begin(), region.runs[g].tokens.end());
    if (g <= static_cast<size_t>(last)) in_labels = seq.size();
  }
  if (seq.size() != rows.size() + others || in_labels < rows.size() || !all_numbers(seq)) return out;
  // Up to the last labelled row's run, nothing but the first column: the one after it is the others'.
  if (region.runs[static_cast<size_t>(last)].nb > seq[rows.size() - 1].nb) return out;
  const std::vector<NumberToken> beside(seq.begin(), seq.begin() + static_cast<long>(rows.size()));
  const std::vector<NumberToken> tail(seq.begin() + static_cast<long>(rows.size()), seq.end());
  // Set apart from the first column: by a blank line or by text (a heading, the next table's header).
  const auto joint = paragraphs_of(norm, {beside.back(), tail.front()});
  if (joint[0] == joint[1] && blank_between(norm, beside.back().ne, tail.front().nb)) return out;
  const auto places = blocks_by_paragraphs(paragraphs_of(norm, tail), rows.size(), ncols - 1);
  if (!places) return out;
  for (size_t r = 0; r < rows.size(); ++r) {
    auto& row = out[rows[r]];
    row.push_back(beside[r]);
    for (size_t c = 0; c + 1 < ncols; ++c) row.push_back(tail[(*places)[r][c]]);
  }
  return out;
}

// The first columns beside the labels of the first rows and their other columns after them, row
// by row, under those columns' header (plain pdftotext of a narrow page: "一、… 49 1 二、… 0 0",
// then "总计 社会公益组织 … 0 0 0 0 50 0 0 0 0 0"): the first rows' runs hold the same count of
// numbers, fewer than a row's, one a paragraph, in consecutive runs; the runs right after them,
// taken by no row, hold exactly the rest of those rows; and the table's other rows show rows
// printed whole (their order). Returns each such chain row's whole row of tokens (empty elsewhere).
std::vector<std::vector<NumberToken>> leading_columns_apart(std::string_view norm, const RegionRuns& region,
                                                            const std::vector<ChainRow>& chain_rows,
                                                            const Alignment& alignment, size_t ncols) {
  std::vector<std::vector<NumberToken>> out(chain_rows.size());
  std::vector<size_t> rows;
  std::vector<NumberToken> rest;  // the last row's run may go on into the rest (nothing between but header words)
  size_t beside = 0;
  long last = -1;
  for (size_t i = 0; i < chain_rows.size() && rest.empty(); ++i) {
    if (!chain_rows[i].data) continue;
    const long g = alignment.run_of_row[i];
    if (g < 0 || (last >= 0 && g != last + 1)) break;
    const auto& tokens = region.runs[static_cast<size_t>(g)].tokens;
    if (beside == 0 && (tokens.empty() || tokens.size() >= ncols)) break;
    if (beside != 0 && tokens.size() < beside) break;
    if (beside == 0) beside = tokens.size();
    // The rest stands under the other columns' header: their words between (a row of its own
    // with a number more is no leading columns).
    if (tokens.size() > beside && blank_between(norm, tokens[beside - 1].ne, tokens[beside].nb)) break;
    rest.assign(tokens.begin() + static_cast<long>(beside), tokens.end());
    rows.push_back(i);
    last = g;
  }
  if (rows.size() < 2 && rest.empty()) rows.clear();  // one row short of numbers, nothing after: no sign
  if (rows.empty() || !rows_printed_whole(norm, region, static_cast<size_t>(last), ncols)) return out;
  const size_t want = rows.size() * (ncols - beside);
  for (size_t g = static_cast<size_t>(last) + 1; g < region.runs.size() && rest.size() < want; ++g) {
    const Run& run = region.runs[g];
    if (run.positional || std::find(alignment.run_of_row.begin(), alignment.run_of_row.end(), static_cast<long>(g)) !=
                              alignment.run_of_row.end())
      return out;
    rest.insert(rest.end(), run.tokens.begin(), run.tokens.end());
  }
  if (rest.size() != want || !each_number_a_paragraph(norm, rest) || !all_numbers(rest)) return out;
  for (size_t r = 0; r < rows.size(); ++r) {
    const auto& first = region.runs[static_cast<size_t>(alignment.run_of_row[rows[r]])].tokens;
    auto& row = out[rows[r]];
    row.assign(first.begin(), first.begin() + static_cast<long>(beside));
    row.insert(row.end(), rest.begin() + static_cast<long>(r * (ncols - beside)),
               rest.begin() + static_cast<long>((r + 1) * (ncols - beside)));
  }
  return out;
}

// The first row's last columns printed apart, each under its own header word, after other rows
// (plain pdftotext of a narrow page: "一、… 217 1 0 0 0 0" and, rows later, "总 计 218"): the first
// data row's run holds fewer numbers than a row, one a line; the table's header, between its
// section's heading and that row, does not print the missing columns' words; and after the row,
// each word stands outside any row label with a number alone after it, a run of its own that no
// row takes. Returns the first row's whole row of tokens (empty when not so).
std::vector<NumberToken> last_columns_apart(const ReadContext& ctx, const RegionRuns& region, const ChainAnchors& found,
                                            const Alignment& alignment, size_t first, size_t region_end) {
  const auto& columns = ctx.model.request_columns;
  const Section* section = requests_section(ctx);
  if (!section || !found.of_row[first] || alignment.run_of_row[first] < 0) return {};
  const Run& run = region.runs[static_cast<size_t>(alignment.run_of_row[first])];
  const size_t have = run.tokens.size();
  if (have == 0 || have >= columns.size() || (have > 1 && !each_on_its_own_line(ctx.text.norm, run.tokens))) return {};
  const size_t header_b = ctx.compact.from_norm(section->body_begin);
  const size_t header_e = ctx.compact.from_norm(found.of_row[first]->nb);
  if (header_b >= header_e) return {};
  const std::string header = ctx.compact.str().substr(header_b, header_e - header_b);
  std::vector<NumberToken> row = run.tokens;
  size_t from = ctx.compact.from_norm(run.ne);
  for (size_t c = have; c < columns.size(); ++c) {
    const std::string word = compact_label(columns[c].label);
    if (header.find(word) != std::string::npos) return {};  // printed in place: no sign
    const auto number = number_under_word(ctx, word, from, region_end, found.anchors, &from);
    if (!number) return {};
    const long g = region.run_holding(*number);
    if (g < 0 || region.runs[static_cast<size_t>(g)].tokens.size() != 1 ||
        std::find(alignment.run_of_row.begin(), alignment.run_of_row.end(), g) != alignment.run_of_row.end())
      return {};
    row.push_back(*number);
  }
  return row;
}

// Exactly a row's numbers, keeping its relation.
bool whole_row(const std::vector<NumberToken>& tokens, size_t ncols, const std::vector<LocalEquation>& equations) {
  if (tokens.size() != ncols) return false;
  for (const auto& t : tokens)
    if (!t.value) return false;
  return relations_hold(tokens, 0, equations);
}

// How many labels of other rows that have no numbers row i's numbers come right after, below its
// label (pdftotext's reading order: "一、… 二、… (一)予以公开 217 0 71 …" where 217 0 71 are the
// three rows' 自然人): they may be any of those rows' (or the nearest's, when they are a row of it).
size_t bare_labels_before(const RegionRuns& region, const ChainAnchors& found, const std::vector<RowSpec>& specs,
                          const Alignment& alignment, size_t i, long g, size_t region_begin) {
  const Anchor* anchor = found.of_row[i];
  const Run& run = region.runs[static_cast<size_t>(g)];
  // Numbers on the label's own line are its row's.
  if (!anchor || anchor->ne > run.nb || region.line_of(anchor->ne) == run.first_line) return 0;
  const size_t previous_end = g > 0 ? region.runs[static_cast<size_t>(g - 1)].ne : region_begin;
  size_t bare = 0;
  for (size_t j = 0; j < i; ++j) {
    const Anchor* other = found.of_row[j];
    if (specs[j].data && other && alignment.run_of_row[j] < 0 && other->nb >= previous_end && other->ne <= anchor->nb)
      ++bare;
  }
  return bare;
}

// Whether another data row's label stands in the same field as row i's (one line, no TAB or pipe
// between: a PDF's grid that merged an empty row into the row above, "一、…数量二、…数量 ⇥49⇥1⇥50"):
// the fields after them may be either row's.
bool label_shares_field(std::string_view norm, const ChainAnchors& found, const std::vector<RowSpec>& specs, size_t i) {
  const Anchor* a = found.of_row[i];
  if (!a) return false;
  for (size_t j = 0; j < specs.size(); ++j) {
    const Anchor* b = found.of_row[j];
    if (j == i || !specs[j].data || !b) continue;
    const size_t lo = std::min(a->ne, b->ne), hi = std::max(a->nb, b->nb);
    if (lo > hi) continue;
    const std::string_view between = norm.substr(lo, hi - lo);
    if (between.find_first_of("\t|\n") == std::string_view::npos) return true;
  }
  return false;
}

// Whether a label comes next after region.runs[g], before any other run: numbers after bare
// labels followed by more numbers may be the first of several rows printed apart from their
// labels, not the nearest label's row.
bool label_follows(const RegionRuns& region, const ChainAnchors& found, size_t g) {
  if (g + 1 >= region.runs.size()) return true;
  const size_t end = region.runs[g].ne, next = region.runs[g + 1].nb;
  return std::any_of(found.anchors.begin(), found.anchors.end(), [&](const Anchor& a) { return a.nb >= end && a.nb < next; });
}

// Whether numbers after bare labels are a row of the nearest label: they keep its relation, or
// they cannot be one column of the rows waiting, one a line with nothing but blank lines between
// them: a row's count of numbers (a table whose other rows were left blank), or fewer that divide
// into parts and their totals one way only (a row printed without its blank cells after rows left
// wholly blank: "二、… (一)予以公开 26 1 27"). Header text between them says they are pieces of
// several columns ("217 0 71 申请人情况 … 1 0 0 0").
bool row_after_bare_labels(std::string_view norm, const std::vector<NumberToken>& tokens, size_t ncols,
                           const std::vector<LocalEquation>& equations, size_t bare) {
  if (whole_row(tokens, ncols, equations)) return true;
  if (tokens.size() == bare + 1 || !each_on_its_own_line(norm, tokens) || !all_numbers(tokens)) return false;
  if (tokens.size() != ncols && (tokens.size() > ncols || !divide_by_sums(tokens, equations))) return false;
  for (size_t i = 1; i < tokens.size(); ++i)
    if (!blank_between(norm, tokens[i - 1].ne, tokens[i].nb)) return false;
  return true;
}

// Whether a run on one line is all the text from `from` to the end of that line, its numbers
// apart only by white space.
bool alone_to_line_end(std::string_view norm, const Run& run, size_t from) {
  if (!only_white_space(norm.substr(from, run.nb - from))) return false;
  for (size_t k = 1; k < run.tokens.size(); ++k)
    if (!only_white_space(norm.substr(run.tokens[k - 1].ne, run.tokens[k].nb - run.tokens[k - 1].ne))) return false;
  size_t line_end = norm.find('\n', run.ne);
  if (line_end == std::string_view::npos) line_end = norm.size();
  return only_white_space(norm.substr(run.ne, line_end - run.ne));
}

// Whether a label printed on one line and continued on another: the line holds the start of one
// of the row's labels up to its end, and the next line the rest ("…政府信" / "息").
bool label_continues(const std::string& on_its_line, const std::string& next, const ChainRow& row) {
  for (const std::string& l : row.labels) {
    if (on_its_line.find(l) != std::string::npos) return false;  // whole on its line
    for (size_t k = l.size(); k-- > 1;) {
      if ((static_cast<unsigned char>(l[k]) & 0xC0) == 0x80) continue;
      if (on_its_line.size() >= k && on_its_line.compare(on_its_line.size() - k, k, l, 0, k) == 0)
        return next.find(l.substr(k)) != std::string::npos;
    }
  }
  return false;
}

// Whether region.runs[g] is a line of numbers alone between a label's line and the line that
// ends the label (pdftotext -layout centres a row's numbers in its wrapped label: "1.本机关不掌握相关
// 政府信 / 7   7 / 息"): numbers inside a label are its row's, whatever rows wait before it.
bool inside_wrapped_label(std::string_view norm, const RegionRuns& region, const Anchor& anchor, const ChainRow& row,
                          size_t g) {
  const Run& run = region.runs[g];
  if (anchor.ne > run.nb || run.first_line != run.last_line || run.first_line != region.line_of(anchor.ne) + 1) return false;
  const size_t line_begin = norm.rfind('\n', run.nb) + 1;
  const size_t line_end = norm.find('\n', run.ne);
  if (line_end == std::string_view::npos || !alone_to_line_end(norm, run, line_begin)) return false;
  size_t next_end = norm.find('\n', line_end + 1);
  if (next_end == std::string_view::npos) next_end = norm.size();
  return label_continues(compact_label(std::string(norm.substr(anchor.nb, line_begin - 1 - anchor.nb))),
                         compact_label(std::string(norm.substr(line_end + 1, next_end - line_end - 1))), row);
}

struct RowRead {
  long run = -1;  // the row's run in the region; -1: none
  RegionTokens tokens;
  RowCells cells;
};

// A row's last cell printed with the row above it (carry_last_cell_down), for each two consecutive
// rows read from runs of their own.
void carry_last_cells_down(std::string_view norm, const std::vector<RowSpec>& specs, std::vector<RowRead>& reads,
                           size_t ncols, const std::vector<LocalEquation>& equations) {
  for (size_t i = 0; i < specs.size(); ++i) {
    if (!specs[i].data || reads[i].run < 0 || reads[i].tokens.positional) continue;
    size_t j = i + 1;
    while (j < specs.size() && !specs[j].data) ++j;
    if (j == specs.size() || reads[j].run < 0 || reads[j].run == reads[i].run || reads[j].tokens.positional) continue;
    auto carried = carry_last_cell_down(norm, reads[i].tokens.tokens, reads[j].tokens.tokens, ncols);
    if (!carried) continue;
    reads[i].tokens.tokens = std::move(carried->upper);
    reads[i].cells = resolve_row_cells(norm, reads[i].tokens, ncols, equations);
    if (carried->lower.empty()) {
      reads[j] = RowRead{};
      continue;
    }
    reads[j].tokens.tokens = std::move(carried->lower);
    reads[j].cells = resolve_row_cells(norm, reads[j].tokens, ncols, equations);
  }
}

// Header words among a row's numbers name their columns (order_by_column_words): a row read in
// text order is put in the order they give, or left unread when they contradict the text order
// without giving another.
void order_by_header_words(const ReadContext& ctx, std::vector<RowRead>& reads) {
  for (auto& r : reads) {
    if (r.run < 0 || r.tokens.positional || !r.cells.direct) continue;
    const ColumnWordOrder order = order_by_column_words(ctx.text.norm, ctx.model, r.cells.tokens);
    if (order == ColumnWordOrder::contradicts) r = RowRead{};
  }
}

// Where the numbers the rows read took begin, sorted (a row may take numbers of other runs: its
// columns apart).
std::vector<size_t> where_numbers_taken(const std::vector<RowRead>& reads) {
  std::vector<size_t> taken;
  for (const auto& r : reads)
    if (r.run >= 0 && (r.cells.direct || !r.cells.candidates.empty()))
      for (const auto& t : r.cells.tokens)
        if (t.value) taken.push_back(t.nb);
  std::sort(taken.begin(), taken.end());
  return taken;
}

// Rows read from numbers one a line, in a text where most numbers are taken by no row
// (most_numbers_unclaimed): not read. A row on its label's line, or in TAB/pipe fields, stays.
void distrust_lone_numbers(std::string_view norm, const RegionRuns& region, std::vector<RowRead>& reads) {
  if (!most_numbers_unclaimed(region, where_numbers_taken(reads).size())) return;
  for (auto& r : reads)
    if (r.run >= 0 && !r.tokens.positional && each_on_its_own_line(norm, r.tokens.tokens)) r = RowRead{};
}

// Numbers on several lines are in their row's order only as far as the table shows it
// (pdftotext's reading order follows the PDF's text blocks). A row read from them that breaks its
// own relation is not read, rather than made an error, when another order of its numbers keeps the
// relation (its total printed first: "11 1 0 0 0 0 10"), or when it stands next to numbers no row
// took, not a whole row of them (the run before or after its own, or the rest of its own run), and
// may hold a neighbour's
// ("一、… 181 3 0 0 0 二、… 0 0 0 0 0 1510 1694 0 0", where 1510 and 1694 are 一's last cells).
// Otherwise the broken relation is the report's error.
void distrust_rows_in_doubtful_order(std::string_view norm, const RegionRuns& region, std::vector<RowRead>& reads,
                                     size_t ncols, const std::vector<LocalEquation>& equations) {
  const std::vector<size_t> taken = where_numbers_taken(reads);
  const auto left_over = [&](long g) {
    if (g < 0 || g >= static_cast<long>(region.runs.size())) return false;
    const auto& tokens = region.runs[static_cast<size_t>(g)].tokens;
    const auto left = std::count_if(tokens.begin(), tokens.end(), [&](const NumberToken& t) {
      return t.value && !std::binary_search(taken.begin(), taken.end(), t.nb);
    });
    // A whole row's count is a row of its own (a template's 小计 row), not cells of a neighbour.
    return left % static_cast<long>(ncols) != 0;
  };
  const auto another_order_holds = [&](const std::vector<NumberToken>& tokens) {
    std::vector<double> values;
    for (const auto& t : tokens) values.push_back(*t.value);
    return some_order_adds_up(values, 1, ncols);
  };
  std::vector<RowRead*> distrusted;
  for (auto& r : reads)
    if (r.run >= 0 && r.cells.direct && !r.tokens.positional && !r.cells.placed_by_order &&
        on_several_lines(norm, r.cells.tokens) && all_numbers(r.cells.tokens) && !whole_row(r.cells.tokens, ncols, equations) &&
        (another_order_holds(r.cells.tokens) || left_over(r.run - 1) || left_over(r.run) || left_over(r.run + 1)))
      distrusted.push_back(&r);
  for (RowRead* r : distrusted) *r = RowRead{};
}

// Lines that hold nothing but a row label the format does not have (a template's subtotal row,
// labelled with the subtotal column's word), in [from, to): their normalised starts.
std::vector<size_t> nonstatutory_row_labels(const ReadContext& ctx, size_t from, size_t to) {
  std::vector<size_t> out;
  const std::string word = compact_label(ctx.model.request_subtotal.label);
  const std::string_view norm = ctx.text.norm;
  size_t first_char = 0;
  utf8::decode(word, 0, first_char);
  // Most tables have none: only lines holding the word's first character are compacted.
  if (word.empty() || norm.substr(from, to - from).find(word.substr(0, first_char)) == std::string_view::npos) return out;
  for (size_t line = from; line < to;) {
    size_t end = norm.find('\n', line);
    if (end == std::string_view::npos) end = norm.size();
    if (compact_label(std::string(norm.substr(line, end - line))) == word) out.push_back(line);
    line = end + 1;
  }
  return out;
}

// A row whose numbers come before its label (pdftotext printed them first) next to a label the
// format does not have: the numbers may be that row's ("3.其他 1 … 1 1 … 1 (七)总计 小计 63 … 69",
// the subtotal's numbers before 总计's label and 总计's after the subtotal's). Not read.
void distrust_rows_beside_nonstatutory_labels(const std::vector<size_t>& labels, const ChainAnchors& found,
                                              const RegionRuns& region, std::vector<RowRead>& reads) {
  if (labels.empty()) return;
  for (size_t i = 0; i < reads.size(); ++i) {
    RowRead& r = reads[i];
    const Anchor* anchor = found.of_row[i];
    if (r.run < 0 || r.tokens.positional || !anchor) continue;
    const Run& run = region.runs[static_cast<size_t>(r.run)];
    if (run.ne > anchor->nb) continue;  // after its label: where a row's numbers belong
    const size_t next = static_cast<size_t>(r.run) + 1 < region.runs.size() ? region.runs[static_cast<size_t>(r.run) + 1].nb
                                                                           : SIZE_MAX;
    if (std::any_of(labels.begin(), labels.end(), [&](size_t at) { return at >= run.ne && at < next; })) r = RowRead{};
  }
}

// Rows that print only their non-blank cells (plain pdftotext of a table with blank columns: "26 26"
// under each label) are placed by their sums. When most rows read are so placed, all with the same
// count of numbers (at least kMinRowsForTable of them), that count is how this table prints a row:
// returned, so that a row with that count is placed the same way even when it does not add up.
size_t count_printed_without_blanks(const std::vector<RowRead>& reads) {
  size_t read = 0, placed = 0, count = 0;
  for (const auto& r : reads) {
    if (r.run < 0) continue;
    ++read;
    if (!r.cells.placed_by_order) continue;
    const size_t n = static_cast<size_t>(std::count_if(r.tokens.tokens.begin(), r.tokens.tokens.end(),
                                                       [](const NumberToken& t) { return !t.blank; }));
    if (count != 0 && n != count) return 0;
    count = n;
    ++placed;
  }
  return placed >= kMinRowsForTable && 2 * placed > read ? count : 0;
}

// In a table printed without its blank cells (`printed` numbers a row, row by row after each
// label), a run that no row took, right after the labels of rows that have no numbers, holding
// exactly `printed` numbers for each of them (labels bunched before their numbers: "一、… 二、…
// 三、本年度办理结果 … 26 26 0 0"), is divided among them in order, each part placed as the
// table's other rows are.
void share_run_after_bare_labels(std::string_view norm, const RegionRuns& region, const ChainAnchors& found,
                                 const std::vector<RowSpec>& specs, std::vector<RowRead>& reads, size_t printed,
                                 size_t ncols, const std::vector<LocalEquation>& equations, size_t region_begin) {
  for (size_t g = 0; g < region.runs.size(); ++g) {
    const Run& run = region.runs[g];
    if (std::any_of(reads.begin(), reads.end(), [&](const RowRead& r) { return r.run == static_cast<long>(g); })) continue;
    const size_t from = g == 0 ? region_begin : region.runs[g - 1].ne;
    std::vector<size_t> rows;
    for (size_t i = 0; i < specs.size(); ++i) {
      const Anchor* a = found.of_row[i];
      if (specs[i].data && a && a->nb >= from && a->ne <= run.nb) {
        if (reads[i].run >= 0) rows.clear();  // a row with numbers of its own between: not bunched
        else rows.push_back(i);
      }
    }
    if (rows.empty() || run.tokens.size() != rows.size() * printed || !each_number_a_paragraph(norm, run.tokens) ||
        !all_numbers(run.tokens))
      continue;
    for (size_t r = 0; r < rows.size(); ++r) {
      RowRead& row = reads[rows[r]];
      row.run = static_cast<long>(g);
      row.tokens = RegionTokens{std::vector<NumberToken>(run.tokens.begin() + static_cast<long>(r * printed),
                                                         run.tokens.begin() + static_cast<long>((r + 1) * printed)),
                                false};
      row.tokens.table_prints = printed;
      row.cells = resolve_row_cells(norm, row.tokens, ncols, equations);
    }
  }
}

// Numbers that are all a row's line holds after its label (on the label's line, or one a line
// from the label's line or the next), with nothing between them, up to the next label.
bool alone_after_label(std::string_view norm, const RegionRuns& region, const ChainAnchors& found,
                       const Anchor& anchor, size_t g) {
  const Run& run = region.runs[g];
  const size_t label_line = region.line_of(anchor.ne);
  if (anchor.ne > run.nb || run.first_line > label_line + 1 || !label_follows(region, found, g)) return false;
  if (run.first_line == run.last_line) {
    // On the label's line after it, or alone on the next line (a wrapped label: "…政府信 / 息 / 23 1 24").
    return alone_to_line_end(norm, run, anchor.ne);
  }
  for (size_t k = 1; k < run.tokens.size(); ++k) {
    const std::string_view between = norm.substr(run.tokens[k - 1].ne, run.tokens[k].nb - run.tokens[k - 1].ne);
    if (std::count(between.begin(), between.end(), '\n') != 1 || !only_white_space(between)) return false;
  }
  return true;
}

// In a table whose rows print without their blank cells (most rows read were placed by their
// sums), numbers alone after a row's label (on its line, or one a line) up to the next label, or
// inside its wrapped label, are
// that row's whether or not they add up: the arithmetic does not decide whether numbers are read,
// and the row's broken sum is reported ("(一)予以公开 33 1 27", or one a line). Not when a first
// part of them adds up (a stray number after the row: "40 1 2 43 5"), nor when they may be one
// column of the rows waiting for numbers before it.
void read_rows_whatever_their_sums(std::string_view norm, const RegionRuns& region, const ChainAnchors& found,
                                   const std::vector<RowSpec>& specs, const std::vector<ChainRow>& chain_rows,
                                   const Alignment& alignment,
                                   std::vector<RowRead>& reads, size_t ncols,
                                   const std::vector<LocalEquation>& equations, size_t region_begin) {
  size_t read = 0, placed = 0;
  for (const auto& r : reads) {
    if (r.run < 0 || !r.cells.direct) continue;
    ++read;
    placed += r.cells.placed_by_order ? 1 : 0;
  }
  if (placed < kMinRowsForTable || 2 * placed <= read) return;
  for (size_t i = 0; i < specs.size(); ++i) {
    RowRead& r = reads[i];
    const long g = alignment.run_of_row[i];
    const Anchor* anchor = found.of_row[i];
    if (!specs[i].data || !anchor || g < 0 || r.cells.direct || !r.cells.candidates.empty()) continue;
    if (std::any_of(reads.begin(), reads.end(), [&](const RowRead& o) { return &o != &r && o.run == g; })) continue;
    const auto& tokens = region.runs[static_cast<size_t>(g)].tokens;
    if (tokens.size() < 2 || tokens.size() >= ncols || !all_numbers(tokens) ||
        !(alone_after_label(norm, region, found, *anchor, static_cast<size_t>(g)) ||
          inside_wrapped_label(norm, region, *anchor, chain_rows[i], static_cast<size_t>(g))))
      continue;
    // As many numbers as rows waiting may be one column of them, unless they follow the label
    // in its paragraph (MuPDF: "2.… / (empty) / 3.补正后… / 1 / 1").
    if (tokens.size() == bare_labels_before(region, found, specs, alignment, i, g, region_begin) + 1 &&
        !same_paragraph(norm, anchor->ne, tokens.front().nb))
      continue;
    bool first_part_adds_up = false;
    for (size_t k = 2; k < tokens.size() && !first_part_adds_up; ++k)
      first_part_adds_up = divide_by_sums({tokens.begin(), tokens.begin() + static_cast<long>(k)}, equations).has_value();
    if (first_part_adds_up) continue;
    RegionTokens row{tokens, false};
    row.row_whatever_its_sums = true;
    r = RowRead{g, row, resolve_row_cells(norm, row, ncols, equations)};
  }
}

std::optional<Table> read_requests_rows(const ReadContext& ctx, size_t& table_end) {
  const Chain& chain = ctx.chains.requests;
  const auto& specs = ctx.model.request_rows;
  const auto& chain_rows = request_chain_rows(ctx.model);
  size_t data_found = 0;
  for (size_t i = 0; i < specs.size(); ++i)
    if (chain.rows[i] && specs[i].data) ++data_found;
  if (data_found < kMinRowsForTable) return std::nullopt;

  const ChainAnchors found = chain_anchors(ctx, chain);
  const size_t region_begin = found.begin;
  // The columns as the table prints them: the format's, and the 小计 column when the header prints it.
  const bool subtotal = subtotal_printed(ctx, found);
  std::vector<ColumnSpec> columns = ctx.model.request_columns;
  if (subtotal) columns.insert(columns.end() - 1, ctx.model.request_subtotal);
  const size_t ncols = columns.size(), format_cols = ctx.model.request_columns.size();
  // After the last label: its row's numbers, or (pdftotext's reading order) every row's.
  const size_t reach = std::max(kLastRowReach, data_found * ncols * kBytesPerDetachedCell);
  size_t region_end = std::min(ctx.text.norm.size(), found.end + reach);
  // Not into table 四: the numbers after its header are its own (a last row whose numbers were
  // printed elsewhere must not take them).
  region_end = std::min(region_end, review_header_start(ctx, found.end));
  RegionRuns region = find_runs(ctx.text.norm, region_begin, region_end, found.anchors, ncols,
                                header_words_u32(ctx.model, "requests"), ctx.text.page_breaks);
  drop_empty_columns(region, ncols);
  const auto equations = row_equations(ncols, subtotal);
  const std::vector<long> fixed = detached_rows(ctx.text.norm, region, found, chain_rows, ncols, equations);
  const ColumnPlacer placer = column_placer(ctx, region, region_begin, columns);

  std::vector<AlignRow> align;
  for (size_t i = 0; i < specs.size(); ++i)
    align.push_back(AlignRow{specs[i].data, found.of_row[i], chain_rows[i].labels});
  const Alignment alignment = align_rows(ctx.text.norm, align, region, fixed);
  auto apart = first_column_apart(ctx.text.norm, region, chain_rows, alignment, ncols);
  if (std::all_of(apart.begin(), apart.end(), [](const auto& row) { return row.empty(); }))
    apart = leading_columns_apart(ctx.text.norm, region, chain_rows, alignment, ncols);
  const auto first_row = std::find_if(specs.begin(), specs.end(), [](const RowSpec& r) { return r.data; });
  if (first_row != specs.end()) {
    const size_t first = static_cast<size_t>(first_row - specs.begin());
    if (apart[first].empty()) apart[first] = last_columns_apart(ctx, region, found, alignment, first, region_end);
  }

  // One cell a line, empty lines for blank cells: each row's lines after its label, when the
  // whole table reads so.
  std::vector<std::optional<LineCells>> lines(specs.size()), with_numbers;
  for (size_t i = 0; i < specs.size(); ++i) {
    const long g = alignment.run_of_row[i];
    if (!specs[i].data || g < 0) continue;
    if (found.of_row[i] && apart[i].empty())
      lines[i] = lines_of_run(ctx.text.norm, found.of_row[i]->ne, region.runs[static_cast<size_t>(g)], true);
    with_numbers.push_back(lines[i]);
  }
  const bool one_cell_a_line = empty_lines_are_cells(with_numbers, ncols);
  if (!one_cell_a_line) lines.assign(specs.size(), std::nullopt);

  Table table;
  table.id = "requests";
  std::vector<std::unique_ptr<CellTarget>> targets;
  std::vector<PendingRow> pending;
  ReadingNote missing;
  missing.kind = ReadingNote::Kind::rows_missing;
  missing.table = "requests";
  // Each row's run and cells first: how the table's other rows print decides a row whose own
  // numbers cannot (a table without its blank cells).
  std::vector<RowRead> reads(specs.size());
  for (size_t i = 0; i < specs.size(); ++i) {
    if (!specs[i].data) continue;
    const Anchor* anchor = found.of_row[i];
    long g = alignment.run_of_row[i];
    // A row whose first number stands among the labels without its own run: the run holding it.
    if (g < 0 && !apart[i].empty()) g = region.run_holding(apart[i].front());
    // Numbers right after bare labels are the nearest row's only when they are a whole row of it.
    // A row read by its lines has its blank cells there: no bare label before it is a row
    // waiting for numbers.
    const bool by_lines = lines[i] && lines[i]->empty_line;
    if (g >= 0 && fixed[i] < 0 && apart[i].empty() && !by_lines) {
      const size_t bare = bare_labels_before(region, found, specs, alignment, i, g, region_begin);
      if (bare > 0 && (!row_after_bare_labels(ctx.text.norm, region.runs[static_cast<size_t>(g)].tokens, ncols, equations, bare) ||
                       !label_follows(region, found, static_cast<size_t>(g))) &&
          !inside_wrapped_label(ctx.text.norm, region, *anchor, chain_rows[i], static_cast<size_t>(g)))
        g = -1;
    }
    if (g >= 0 && region.runs[static_cast<size_t>(g)].positional && label_shares_field(ctx.text.norm, found, specs, i)) g = -1;
    if (g < 0) continue;
    const Run& run = region.runs[static_cast<size_t>(g)];
    RegionTokens tokens{apart[i].empty() ? run.tokens : apart[i], run.positional};
    tokens.below_label = anchor && anchor->ne <= run.nb && region.line_of(anchor->ne) < run.first_line;
    // Right after: nothing but blanks between (header words there say the numbers are pieces of
    // columns printed apart: "二、… 法人或其他组织 其 他 总 计 644 770").
    tokens.whole_line = anchor && anchor->ne <= run.nb && run.first_line == run.last_line &&
                        only_white_space(std::string_view(ctx.text.norm).substr(anchor->ne, run.nb - anchor->ne));
    std::vector<NumberToken> placed;
    if (by_lines)
      tokens = RegionTokens{lines[i]->cells, true};
    else if (apart[i].empty() && placer.place(ctx.text.norm, run, placed))
      tokens = RegionTokens{placed, true};  // blanks by position
    reads[i] = RowRead{g, tokens, resolve_row_cells(ctx.text.norm, tokens, ncols, equations)};
  }
  carry_last_cells_down(ctx.text.norm, specs, reads, ncols, equations);
  order_by_header_words(ctx, reads);
  if (const size_t printed = count_printed_without_blanks(reads)) {
    for (auto& r : reads) {
      if (r.run < 0 || r.cells.direct || !r.cells.candidates.empty()) continue;
      r.tokens.table_prints = printed;
      r.cells = resolve_row_cells(ctx.text.norm, r.tokens, ncols, equations);
    }
    share_run_after_bare_labels(ctx.text.norm, region, found, specs, reads, printed, ncols, equations, region_begin);
  }
  read_rows_whatever_their_sums(ctx.text.norm, region, found, specs, chain_rows, alignment, reads, ncols, equations,
                               region_begin);
  distrust_lone_numbers(ctx.text.norm, region, reads);
  distrust_rows_in_doubtful_order(ctx.text.norm, region, reads, ncols, equations);
  distrust_rows_beside_nonstatutory_labels(nonstatutory_row_labels(ctx, region_begin, region_end), found, region, reads);

  size_t first_nb = region_begin;
  ReadingNote set_aside;
  set_aside.kind = ReadingNote::Kind::column_set_aside;
  set_aside.table = "requests";
  set_aside.raw = ctx.model.request_subtotal.label;
  table_end = 0;
  for (size_t i = 0; i < specs.size(); ++i) {
    if (!specs[i].data) continue;
    Row row;
    row.key = specs[i].key;
    row.cells.assign(format_cols, Cell{});
    const Anchor* anchor = found.of_row[i];
    if (anchor) {
      row.label_span = ctx.text.span(anchor->nb, anchor->ne);
      table_end = std::max(table_end, anchor->ne);
    }
    const long g = reads[i].run;
    const auto blank_lines = g < 0 && anchor && one_cell_a_line && format_cols == ncols
                                 ? empty_lines_after(ctx.text.norm, anchor->ne, ncols)
                                 : std::nullopt;
    if (blank_lines) {
      // Every cell an empty line: a blank row.
      row.found = true;
      CellTarget target{ctx.text, "requests", row.key, ctx.model.request_columns, ctx.notes};
      row.cells = cells_from_tokens(target, *blank_lines);
      table.rows.push_back(row);
      continue;
    }
    if (g < 0) {
      if (anchor) {
        // The label is there, its numbers are not.
        row.found = true;
        ReadingNote n;
        n.kind = ReadingNote::Kind::row_unreadable;
        n.table = "requests";
        n.span = row.label_span;
        for (int c = 0; c < static_cast<int>(format_cols); ++c) n.cells.push_back({row.key, c});
        const size_t next = std::min(region_end, anchor->ne + 60);
        n.raw = std::string(utf8::prefix(std::string_view(ctx.text.norm).substr(anchor->ne, next - anchor->ne), 60));
        n.expected = ncols;
        ctx.notes.push_back(std::move(n));
      } else {
        missing.cells.push_back({row.key, -1});
      }
      table.rows.push_back(row);
      continue;
    }
    const Run& run = region.runs[static_cast<size_t>(g)];
    row.found = true;
    if (!anchor) row.label_span = ctx.text.span(run.nb, run.nb);
    table_end = std::max(table_end, run.ne);
    RowCells& rc = reads[i].cells;
    targets.push_back(std::make_unique<CellTarget>(
        CellTarget{ctx.text, "requests", row.key, ctx.model.request_columns, ctx.notes}));
    CellTarget& target = *targets.back();
    if (subtotal) {
      const auto printed = set_aside_subtotal(rc, ncols - 2);
      if (printed && printed->first != printed->second) {
        set_aside.cells.push_back({row.key, -1});
        set_aside.printed_and_sum.push_back(*printed);
      }
    }
    if (rc.direct) {
      row.cells = cells_from_tokens(target, rc.tokens);
      for (size_t c : rc.guessed) row.cells[c].column_guessed = true;
      if (rc.placed_by_order) ctx.notes.push_back(placed_by_order_note(ctx.text, "requests", run.nb, run.ne, {{row.key, -1}}));
    } else if (!rc.candidates.empty()) {
      row.cells = cells_from_pieces(target, rc.tokens, rc.candidates.front());
      if (rc.candidates.size() > 1) pending.push_back({row.key, rc, &target, 0, {}});
    } else {
      ReadingNote n;
      n.kind = rc.ran_together ? ReadingNote::Kind::digits_unsplittable : ReadingNote::Kind::row_unreadable;
      n.table = "requests";
      n.span = ctx.text.span(run.nb, run.ne);
      for (int c = 0; c < static_cast<int>(format_cols); ++c) n.cells.push_back({row.key, c});
      n.raw = rc.ran_together ? rc.raw : std::string(utf8::prefix(std::string_view(ctx.text.norm).substr(run.nb, run.ne - run.nb), 60));
      n.exhausted = rc.exhausted;
      n.found = static_cast<size_t>(std::count_if(run.tokens.begin(), run.tokens.end(),
                                                  [](const NumberToken& t) { return t.value.has_value(); }));
      n.expected = ncols;
      ctx.notes.push_back(std::move(n));
    }
    table.rows.push_back(row);
  }
  if (!pending.empty()) choose_splits(ctx, table, pending);
  table.span = ctx.text.span(first_nb, std::max(first_nb, table_end));
  if (subtotal) {
    set_aside.span = table.span;
    ctx.notes.push_back(std::move(set_aside));
  }

  if (!missing.cells.empty()) {
    missing.span = table.span;
    ctx.notes.push_back(std::move(missing));
  }
  return table;
}

}  // namespace

// A table counts as there when at least kMinRowsForTable rows have numbers, or when most of its
// row labels stand in order (a table whose numbers could not be read: said row by row, not called
// missing); otherwise the labels found were quotes in the narrative and what reading found is dropped.
std::optional<Table> read_requests(const ReadContext& ctx, size_t& table_end) {
  std::vector<ReadingNote> local;
  const ReadContext local_ctx{ctx.text, ctx.compact, ctx.model, ctx.chains, ctx.sections, local};
  auto table = read_requests_rows(local_ctx, table_end);
  if (!table) return std::nullopt;
  size_t with_numbers = 0, labelled = 0;
  for (const auto& row : table->rows) {
    bool any = false;
    for (const auto& c : row.cells) any = any || c.value || c.blank;
    with_numbers += any ? 1 : 0;
    labelled += row.label_span.valid() ? 1 : 0;
  }
  if (with_numbers < kMinRowsForTable && 2 * labelled < table->rows.size()) return std::nullopt;
  ctx.notes.insert(ctx.notes.end(), local.begin(), local.end());
  return table;
}

}  // namespace xxgk
