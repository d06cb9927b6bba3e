#include "read/review_columns.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "read/columns.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

constexpr double kNearLabel = 4.0;  // columns: how far a number may stand from its label
constexpr double kClearMargin = 2.0;  // columns: how much nearer its label than any other a number must be
constexpr size_t kLabelHead = 3;     // characters of a label that must be printed together ("结果维" / "持")

// The label's first characters standing at a word's start: its occurrences, left to right.
std::vector<ColumnExtent> occurrences(const Text& text, const DisplayColumns* display, size_t nb, size_t ne,
                                const std::string& label) {
  const std::string_view norm = text.norm;
  size_t head_len = 0;
  for (size_t chars = 0, len = 0; chars < kLabelHead && head_len < label.size(); ++chars, head_len += len)
    utf8::decode(label, head_len, len);
  const std::string head = label.substr(0, head_len);
  std::vector<ColumnExtent> out;
  for (size_t p = norm.find(head, nb); p != std::string_view::npos && p + head.size() <= ne; p = norm.find(head, p + 1)) {
    if (p > 0 && norm[p - 1] != ' ' && norm[p - 1] != '\n') continue;
    size_t e = p + head.size(), matched = head.size();
    while (matched < label.size() && e < ne && norm.compare(e, 1, label, matched, 1) == 0) {
      ++e;
      ++matched;
    }
    out.push_back(extent_on_line(norm, display, p, e));
  }
  std::sort(out.begin(), out.end(), [](const ColumnExtent& a, const ColumnExtent& b) { return a.center() < b.center(); });
  return out;
}

std::optional<std::vector<NumberToken>> place(const Text& text, const DisplayColumns* display, size_t header_begin,
                                              size_t header_end, const std::vector<NumberToken>& tokens,
                                              const std::vector<std::string>& labels, size_t groups) {
  const size_t columns = labels.size();
  std::vector<ColumnExtent> cells(groups * columns);
  for (size_t c = 0; c < columns; ++c) {
    const auto found = occurrences(text, display, header_begin, header_end, labels[c]);
    if (found.size() != groups) return std::nullopt;
    for (size_t g = 0; g < groups; ++g) cells[g * columns + c] = found[g];
  }
  for (size_t k = 1; k < cells.size(); ++k)
    if (cells[k].center() <= cells[k - 1].center()) return std::nullopt;
  std::vector<NumberToken> out = blank_cells(cells.size(), tokens.front().nb);
  long last = -1;
  for (const auto& t : tokens) {
    const ColumnExtent at = extent_on_line(text.norm, display, t.nb, t.ne);
    long best = -1;
    double nearest = kNearLabel, next = std::numeric_limits<double>::infinity();
    for (size_t k = 0; k < cells.size(); ++k) {
      const double d = column_distance(cells[k], at);
      if (d < nearest) {
        next = std::min(next, nearest);
        nearest = d;
        best = static_cast<long>(k);
      } else {
        next = std::min(next, d);
      }
    }
    // pdftotext's numbers drift against its header by a few characters: a number about as near
    // to two labels stands under neither for sure.
    if (best <= last || next - nearest < kClearMargin) return std::nullopt;
    out[static_cast<size_t>(best)] = t;
    last = best;
  }
  // A group prints its total whenever it prints a number, last: a reading that leaves a group's
  // total blank beside its parts stands the numbers under the wrong labels. (The sums are the
  // rules' to check: the arithmetic does not decide where numbers stand.)
  if (last % static_cast<long>(columns) != static_cast<long>(columns) - 1) return std::nullopt;
  for (size_t g = 0; g < groups; ++g) {
    bool any = false;
    for (size_t c = 0; c + 1 < columns; ++c) any = any || !out[g * columns + c].blank;
    if (any && out[g * columns + columns - 1].blank) return std::nullopt;
  }
  return out;
}

}  // namespace

std::optional<std::vector<NumberToken>> place_under_header(const Text& text, const DisplayColumns& display,
                                                           size_t header_begin, size_t header_end,
                                                           const std::vector<NumberToken>& tokens,
                                                           const std::vector<std::string>& column_labels,
                                                           size_t groups) {
  // One line, the numbers set apart by two spaces or more.
  if (tokens.size() < 2 || !all_numbers(tokens) || !spaced_apart(text.norm, tokens)) return std::nullopt;
  if (auto by_chars = place(text, nullptr, header_begin, header_end, tokens, column_labels, groups)) return by_chars;
  return place(text, &display, header_begin, header_end, tokens, column_labels, groups);
}

}  // namespace xxgk
