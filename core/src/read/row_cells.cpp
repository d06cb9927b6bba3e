#include "read/row_cells.h"

#include <algorithm>
#include <optional>

namespace xxgk {
namespace {

// A row that breaks its own relation is read (the relations across rows choosing the reading) only
// when its digits allow this few readings; beyond, it is left unread.
constexpr size_t kMaxBrokenReadings = 2000;

NumberToken merge(const std::vector<NumberToken>& tokens) {
  NumberToken m;
  m.nb = tokens.front().nb;
  m.ne = tokens.back().ne;
  for (const auto& t : tokens) {
    m.raw += t.raw;
    m.digit_pos.insert(m.digit_pos.end(), t.digit_pos.begin(), t.digit_pos.end());
  }
  return m;
}

// A row that prints only its non-blank cells with nothing to say where they stand (pdftotext -raw
// of a table with blank cells: "26 26"): when each of the row's relations is one sum (parts =
// total), the numbers are divided among the relations by their sums, each total the last of its
// numbers and the others its first parts.
void place_by_order(const RegionTokens& region, size_t expected, const std::vector<LocalEquation>& eqs,
                    RowCells& out) {
  // Empty fields where nothing says which cells they are (a merged label's, a PDF's wide gap).
  std::vector<NumberToken> tokens;
  for (const auto& t : region.tokens) {
    if (t.blank) continue;
    if (!t.value) return;  // text in place of a number: the row is not read
    // A share or an amount is no count of requests: a sentence ("208 件（17.46%）"), not a row.
    if (t.decimal || t.unit == "%") return;
    tokens.push_back(t);
  }
  size_t cells_in_all = 0;
  for (const auto& eq : eqs) {
    if (eq.rhs.size() != 1) return;
    cells_in_all += eq.lhs.size() + 1;
  }
  if (eqs.empty() || tokens.size() < 2 || tokens.size() >= cells_in_all) return;
  // One part and its total on one line right after their label say where they stand whatever their values (the
  // row's relation then checks them); so does the count the table's other rows print without their blanks.
  // Elsewhere, or with more parts, only when the parts add up to their totals: the numbers may be
  // a fragment of a row cut elsewhere ("0 513" of "484 28 0 0 1 0 513"), and placing them would
  // invent an error.
  const bool stands_alone = eqs.size() == 1 && ((region.whole_line && tokens.size() == 2) ||
                                                 tokens.size() == region.table_prints || region.row_whatever_its_sums);
  std::optional<std::vector<size_t>> starts = divide_by_sums(tokens, eqs);
  if (!starts && stands_alone) starts = std::vector<size_t>{0, tokens.size()};
  if (!starts) return;
  std::vector<NumberToken> cells = blank_cells(expected, tokens.front().nb);
  for (size_t e = 0; e < eqs.size(); ++e) {
    const size_t first = (*starts)[e], last = (*starts)[e + 1];
    if (first == last) continue;
    for (size_t i = first; i + 1 < last; ++i) cells[eqs[e].lhs[i - first]] = tokens[i];
    cells[eqs[e].rhs[0]] = tokens[last - 1];
    // A total of 0 leaves no guess: every part is 0, printed or blank.
    if (last - first - 1 < eqs[e].lhs.size() && tokens[last - 1].value.value_or(0) != 0)
      out.guessed.insert(out.guessed.end(), eqs[e].lhs.begin(), eqs[e].lhs.end());
  }
  out.tokens = std::move(cells);
  out.direct = true;
  out.ran_together = false;
  out.placed_by_order = true;
}

// Nothing but blanks beside the token on its line: one number, whatever its digits (a PDF's cell).
bool alone_on_its_line(std::string_view norm, const NumberToken& t) {
  const size_t line_start = t.nb == 0 ? 0 : norm.rfind('\n', t.nb - 1);
  const size_t before = line_start == std::string_view::npos ? 0 : line_start + 1;
  size_t line_end = norm.find('\n', t.ne);
  if (line_end == std::string_view::npos) line_end = norm.size();
  const auto blank = [](std::string_view s) { return s.find_first_not_of(" \t\r\f") == std::string_view::npos; };
  return blank(norm.substr(before, t.nb - before)) && blank(norm.substr(t.ne, line_end - t.ne));
}

// Two or more spaces (or a TAB) and nothing else between b and e.
bool wide_gap_between(std::string_view norm, size_t b, size_t e) {
  if (e < b + 2 && !(e == b + 1 && norm[b] == '\t')) return false;
  for (size_t p = b; p < e; ++p)
    if (norm[p] != ' ' && norm[p] != '\t') return false;
  return true;
}

}  // namespace

std::optional<std::vector<size_t>> divide_by_sums(const std::vector<NumberToken>& tokens,
                                                  const std::vector<LocalEquation>& eqs) {
  std::vector<size_t> starts(eqs.size() + 1, 0), found;
  size_t divisions = 0;
  const auto walk = [&](auto&& self, size_t e, size_t from) -> void {
    if (divisions > 1) return;
    if (e == eqs.size()) {
      if (from == tokens.size() && divisions++ == 0) found = starts;
      return;
    }
    starts[e] = from;
    self(self, e + 1, from);  // nothing printed: all blank
    double parts = 0;
    for (size_t end = from + 1; end < tokens.size() && end - from <= eqs[e].lhs.size(); ++end) {
      parts += tokens[end - 1].value.value_or(-1);
      if (parts == tokens[end].value.value_or(-2)) self(self, e + 1, end + 1);
    }
  };
  walk(walk, 0, 0);
  if (divisions != 1) return std::nullopt;
  found.back() = tokens.size();
  return found;
}

bool each_on_its_own_line(std::string_view norm, const std::vector<NumberToken>& tokens) {
  if (tokens.size() < 2) return false;
  for (size_t i = 1; i < tokens.size(); ++i)
    if (tokens[i].nb < tokens[i - 1].ne || norm.substr(tokens[i - 1].ne, tokens[i].nb - tokens[i - 1].ne).find('\n') == std::string_view::npos)
      return false;
  return true;
}

bool relations_hold(const std::vector<NumberToken>& t, size_t first, const std::vector<LocalEquation>& eqs) {
  for (const auto& eq : eqs) {
    double l = 0, r = 0;
    for (size_t i : eq.lhs) l += t[first + i].value.value_or(0);
    for (size_t i : eq.rhs) r += t[first + i].value.value_or(0);
    if (l != r) return false;
  }
  return true;
}

bool on_several_lines(std::string_view norm, const std::vector<NumberToken>& tokens) {
  return tokens.size() > 1 && tokens.back().nb > tokens.front().ne &&
         norm.substr(tokens.front().ne, tokens.back().nb - tokens.front().ne).find('\n') != std::string_view::npos;
}

RowCells resolve_row_cells(std::string_view norm, const RegionTokens& region, size_t expected, const std::vector<LocalEquation>& eqs) {
  RowCells out;
  const auto& tokens = region.tokens;
  if (tokens.empty() || expected == 0) return out;
  out.nb = tokens.front().nb;
  out.ne = tokens.back().ne;
  if (tokens.size() >= expected) {
    size_t first = 0;
    // Extra numbers (page numbers, notes) around a row: the numbers right after the label when
    // they add up, else the one window where the row adds up. When none or several do, which
    // numbers are the row's is a guess (a run of zeros adds up anywhere): unread.
    // Without a relation nothing says which they are.
    if (tokens.size() > expected && eqs.empty()) return out;
    if (tokens.size() > expected && !relations_hold(tokens, 0, eqs)) {
      size_t holding = 0;
      for (size_t w = 1; w + expected <= tokens.size(); ++w)
        if (relations_hold(tokens, w, eqs) && holding++ == 0) first = w;
      if (holding != 1) return out;
    }
    out.tokens.assign(tokens.begin() + static_cast<long>(first), tokens.begin() + static_cast<long>(first + expected));
    out.direct = true;
    return out;
  }
  if (!std::all_of(tokens.begin(), tokens.end(), [](const NumberToken& t) { return t.plain_digits(); })) {
    place_by_order(region, expected, eqs, out);
    return out;
  }

  // One number on a line of its own below its label is one cell, not glued digits (those are
  // glued on the label's line: "规章000"); a row of fewer cells than the table's is not read.
  if (tokens.size() == 1 && region.below_label) return out;
  // Nor are numbers each on a line of their own (a PDF's cells, one a line, some printed elsewhere):
  // splitting one ("217" as 21 and 7) would make up the missing cell.
  if (each_on_its_own_line(norm, tokens)) {
    place_by_order(region, expected, eqs, out);
    return out;
  }
  // Whole numbers whose parts add up to their totals ("170 15 4 189") are a row printed without
  // its blank cells, not glued digits: a split of them (1,7,0,1,5,4,189) would invent an error. A
  // number written with a leading zero is a glued run's piece ("230 000023").
  if (std::none_of(tokens.begin(), tokens.end(), [](const NumberToken& t) { return t.leading_zero(); }) &&
      divide_by_sums(tokens, eqs)) {
    place_by_order(region, expected, eqs, out);
    if (out.direct) return out;
  }
  out.ran_together = true;
  std::vector<std::string> runs;
  // Numbers alone on their lines, among numbers on several lines, are never split: the text
  // shows where numbers end ("155" / "62" / "386 351", a PDF's cells). A run alone on the one line
  // of all the numbers ("100000000000000") is glued digits all the same.
  const bool several_lines = on_several_lines(norm, tokens);
  std::vector<bool> alone;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const NumberToken& t = tokens[i];
    runs.push_back(t.raw);
    // Set apart by a wide gap (columns of space-aligned text: "151      3      154"), a number
    // is whole: a PDF copy's stray space inside a number is one.
    const bool wide_gap = (i > 0 && wide_gap_between(norm, tokens[i - 1].ne, t.nb)) ||
                          (i + 1 < tokens.size() && wide_gap_between(norm, t.ne, tokens[i + 1].nb));
    alone.push_back((several_lines && alone_on_its_line(norm, t)) || wide_gap);
    if (!out.raw.empty()) out.raw += ' ';
    out.raw += t.raw;
  }
  out.tokens = tokens;
  // The arithmetic never decides whether a number is read: when the digits allow one split only
  // (15 digits for 15 cells), that is the reading, whatever the relations say.
  SplitResult any = split_digit_runs(runs, expected, {}, 2, kSplitSteps, alone);
  if (any.candidates.size() == 1 && !any.exhausted) {
    out.candidates = std::move(any.candidates);
    out.digits_decide = true;
    return out;
  }
  SplitResult split = split_digit_runs(runs, expected, eqs, kSplitCandidates, kSplitSteps, alone);
  const bool any_alone = std::find(alone.begin(), alone.end(), true) != alone.end();
  if (split.candidates.empty() && tokens.size() > 1 && !any_alone) {
    // Spaces in PDF copies do not always fall between cells ("230 000023" = 23,0,0,0,0,0,23).
    const auto merged = std::vector<NumberToken>{merge(tokens)};
    SplitResult merged_split = split_digit_runs({merged.front().raw}, expected, eqs);
    if (!merged_split.candidates.empty()) {
      out.tokens = merged;
      split = std::move(merged_split);
    }
  }
  if (split.candidates.empty()) {
    // The row's own relation fails whichever way it is read: when the digits allow only a few
    // readings, the relations across rows choose one (and it is reported as ambiguous).
    SplitResult few = split_digit_runs(runs, expected, {}, kMaxBrokenReadings + 1, kSplitSteps, alone);
    if (!few.exhausted && few.candidates.size() <= kMaxBrokenReadings) {
      out.breaks_row = !few.candidates.empty();
      split = std::move(few);
    } else {
      split.exhausted = split.exhausted || few.exhausted || few.candidates.size() > kMaxBrokenReadings;
    }
  }
  out.candidates = std::move(split.candidates);
  out.exhausted = split.exhausted;
  // Numbers the text shows apart that no split explains: too few numbers, not glued digits.
  if (out.candidates.empty() && any_alone) out.ran_together = false;
  if (out.candidates.empty()) place_by_order(region, expected, eqs, out);
  return out;
}

}  // namespace xxgk
