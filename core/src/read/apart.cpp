#include "read/apart.h"

#include <algorithm>

namespace xxgk {

std::optional<NumberToken> number_under_word(const ReadContext& ctx, const std::string& word, size_t from, size_t to,
                                             const std::vector<Anchor>& labels, size_t* after) {
  const std::string& compact = ctx.compact.str();
  const std::string_view norm = ctx.text.norm;
  for (size_t at = compact.find(word, from); at != std::string::npos; at = compact.find(word, at + 1)) {
    const size_t nb = ctx.compact.to_norm(at);
    if (nb >= to) return std::nullopt;
    if (std::any_of(labels.begin(), labels.end(), [&](const Anchor& a) { return a.nb <= nb && nb < a.ne; })) continue;
    size_t p = ctx.compact.end_in_norm(at + word.size());
    while (p < norm.size() && (norm[p] == ' ' || norm[p] == '\t' || norm[p] == '\n')) ++p;
    NumberToken number;
    if (!read_number_at(norm, p, norm.size(), number) || !number.value) return std::nullopt;
    size_t end = number.ne;
    while (end < norm.size() && (norm[end] == ' ' || norm[end] == '\t')) ++end;
    if (end < norm.size() && norm[end] != '\n') return std::nullopt;  // not alone on its line
    *after = ctx.compact.from_norm(number.ne);
    return number;
  }
  return std::nullopt;
}

}  // namespace xxgk
