#include "read/line_cells.h"

#include <algorithm>

namespace xxgk {
namespace {

bool empty_line(std::string_view norm, size_t lb, size_t le) {
  return norm.substr(lb, le - lb).find_first_not_of(" \t\r") == std::string_view::npos;
}

}  // namespace

std::optional<LineCells> lines_of_run(std::string_view norm, size_t after, const Run& run, bool leading) {
  if (run.positional || run.tokens.empty() || after > run.tokens.front().nb) return std::nullopt;
  size_t lb = leading ? norm.find('\n', after) : norm.rfind('\n', run.tokens.front().nb);
  lb = lb == std::string_view::npos ? (leading ? norm.size() : 0) : lb + 1;
  LineCells out;
  size_t next = 0;  // the run's next token
  bool previous_number = false;
  while (next < run.tokens.size() && lb <= run.tokens.back().nb) {
    size_t le = norm.find('\n', lb);
    if (le == std::string_view::npos) le = norm.size();
    const std::string_view line = norm.substr(lb, le - lb);
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) {
      out.cells.push_back(blank_cells(1, lb).front());
      out.empty_lines_together = out.empty_lines_together || (out.empty_line && !previous_number && out.cells.size() > 1);
      out.empty_line = true;
      previous_number = false;
    } else {
      const NumberToken& t = run.tokens[next];
      const size_t last = line.find_last_not_of(" \t\r");
      if (t.blank || !t.value || t.nb != lb + first || t.ne != lb + last + 1) return std::nullopt;
      out.cells.push_back(t);
      out.adjacent = out.adjacent || previous_number;
      previous_number = true;
      ++next;
    }
    lb = le + 1;
  }
  if (next != run.tokens.size()) return std::nullopt;
  return out;
}

std::optional<std::vector<NumberToken>> empty_lines_after(std::string_view norm, size_t after, size_t cells) {
  size_t lb = norm.find('\n', after);
  std::vector<NumberToken> out;
  while (lb != std::string_view::npos && out.size() < cells) {
    ++lb;
    size_t le = norm.find('\n', lb);
    if (le == std::string_view::npos) le = norm.size();
    if (!empty_line(norm, lb, le)) return std::nullopt;
    out.push_back(blank_cells(1, lb).front());
    lb = le == norm.size() ? std::string_view::npos : le;
  }
  if (out.size() != cells) return std::nullopt;
  return out;
}

std::optional<LineCells> table_lines(std::string_view norm, const Run& run, size_t limit) {
  auto lines = lines_of_run(norm, 0, run, false);
  if (!lines) return std::nullopt;
  // Empty lines right before the first number's line.
  std::vector<NumberToken> before;
  size_t lb = norm.rfind('\n', run.tokens.front().nb);
  while (lb != std::string_view::npos && lb > 0) {
    const size_t prev = norm.rfind('\n', lb - 1);
    const size_t pb = prev == std::string_view::npos ? 0 : prev + 1;
    if (!empty_line(norm, pb, lb)) break;
    before.push_back(blank_cells(1, pb).front());
    if (prev == std::string_view::npos) break;
    lb = prev;
  }
  std::reverse(before.begin(), before.end());
  // Empty lines right after the last number's line.
  std::vector<NumberToken> after;
  size_t le = norm.find('\n', run.tokens.back().ne);
  while (le != std::string_view::npos && le + 1 < limit) {
    const size_t nb = le + 1;
    size_t ne = norm.find('\n', nb);
    if (ne == std::string_view::npos || ne > limit) ne = limit;
    if (!empty_line(norm, nb, ne)) break;
    after.push_back(blank_cells(1, nb).front());
    le = ne < norm.size() && norm[ne] == '\n' ? ne : std::string_view::npos;
  }
  if (before.empty() && after.empty()) return lines;
  lines->empty_line = true;
  lines->empty_lines_together = lines->empty_lines_together || before.size() >= 2 || after.size() >= 2;
  lines->cells.insert(lines->cells.begin(), before.begin(), before.end());
  lines->cells.insert(lines->cells.end(), after.begin(), after.end());
  return lines;
}

std::optional<std::vector<NumberToken>> blank_table_lines(std::string_view norm, size_t b, size_t e, size_t cells) {
  // The empty lines that end the range, after its last line of text (the header's).
  std::vector<NumberToken> empties;
  bool text_before = false;
  for (size_t lb = b; lb < e;) {
    size_t le = norm.find('\n', lb);
    if (le == std::string_view::npos || le > e) le = e;
    if (!empty_line(norm, lb, le)) {
      empties.clear();
      text_before = true;
    } else if (text_before) {
      empties.push_back(blank_cells(1, lb).front());
    }
    lb = le + 1;
  }
  if (empties.size() != cells) return std::nullopt;
  return empties;
}

bool empty_lines_are_cells(const std::vector<std::optional<LineCells>>& rows, size_t cells) {
  bool any_empty = false, not_paragraphs = false;
  for (const auto& r : rows) {
    if (!r || r->cells.size() != cells) return false;
    not_paragraphs = not_paragraphs || r->adjacent || r->empty_lines_together;
    any_empty = any_empty || r->empty_line;
  }
  return any_empty && not_paragraphs;
}

}  // namespace xxgk
