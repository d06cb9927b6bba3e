#include "read/carried_cell.h"

#include <algorithm>

#include "read/blocks.h"

namespace xxgk {
namespace {

bool plain_count(const NumberToken& t) { return t.value && t.plain_digits(); }

// b on the line right after a's, nothing between them.
bool on_next_line(std::string_view norm, const NumberToken& a, const NumberToken& b) {
  if (b.nb < a.ne) return false;
  const std::string_view between = norm.substr(a.ne, b.nb - a.ne);
  return std::count(between.begin(), between.end(), '\n') == 1 && blank_between(norm, a.ne, b.nb);
}

// The first n of the tokens, each a paragraph, and one more on the line after the last of them.
bool one_more_under_last(std::string_view norm, const std::vector<NumberToken>& tokens, size_t n) {
  return tokens.size() == n + 1 && each_number_a_paragraph(norm, {tokens.begin(), tokens.end() - 1}) &&
         on_next_line(norm, tokens[n - 1], tokens[n]);
}

}  // namespace

std::optional<CarriedCell> carry_last_cell_down(std::string_view norm, const std::vector<NumberToken>& upper,
                                                const std::vector<NumberToken>& lower, size_t cells) {
  if (cells < 3 || lower.empty() || lower.front().nb < upper.back().ne) return std::nullopt;
  if (!std::all_of(upper.begin(), upper.end(), plain_count) || !std::all_of(lower.begin(), lower.end(), plain_count))
    return std::nullopt;
  if (!one_more_under_last(norm, upper, cells)) return std::nullopt;
  CarriedCell out{{upper.begin(), upper.end() - 1}, {}};
  if (lower.size() == cells - 1 && each_number_a_paragraph(norm, lower)) {
    out.lower = lower;
    out.lower.push_back(upper.back());
    return out;
  }
  return out;
}

}  // namespace xxgk
