#include "read/line_cells.h"

#include <algorithm>

namespace xxgk {

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
    if (norm.substr(lb, le - lb).find_first_not_of(" \t\r") != std::string_view::npos) return std::nullopt;
    out.push_back(blank_cells(1, lb).front());
    lb = le == norm.size() ? std::string_view::npos : le;
  }
  if (out.size() != cells) return std::nullopt;
  return out;
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
