#include "read/blocks.h"

#include <algorithm>
#include <limits>
#include <map>

namespace xxgk {
namespace {

constexpr size_t kMaxReadings = 8;   // distinct readings kept per prefix of rows

using Matrix = std::vector<std::vector<double>>;   // the numbers a reading gives each row
using Indices = std::vector<std::vector<size_t>>;  // where in the text each of them stands

}  // namespace

std::optional<std::vector<std::vector<size_t>>> solve_blocks(
    const std::vector<double>& values, size_t rows, size_t columns,
    const std::function<bool(const std::vector<double>&)>& row_holds) {
  if (rows == 0 || columns == 0 || values.size() != rows * columns) return std::nullopt;
  // best[i]: the distinct readings of rows [0, i) that break the fewest rows, each with the
  // places its numbers come from (readings that give the same numbers are one).
  struct Place {
    size_t broken = 0;
    Indices at;
  };
  std::vector<std::map<Matrix, Place>> best(rows + 1);
  std::vector<size_t> fewest(rows + 1, std::numeric_limits<size_t>::max());
  best[0][Matrix{}] = Place{};
  fewest[0] = 0;
  for (size_t i = 0; i < rows; ++i) {
    if (best[i].empty()) continue;
    for (size_t b = 1; i + b <= rows; ++b) {
      // Rows i .. i+b-1 read column by column from their share of the numbers.
      Matrix block(b, std::vector<double>(columns));
      Indices at(b, std::vector<size_t>(columns));
      size_t broken = 0;
      for (size_t r = 0; r < b; ++r) {
        for (size_t c = 0; c < columns; ++c) {
          at[r][c] = i * columns + c * b + r;
          block[r][c] = values[at[r][c]];
        }
        broken += row_holds(block[r]) ? 0 : 1;
      }
      for (const auto& [prefix, place] : best[i]) {
        const size_t total = place.broken + broken;
        if (total > fewest[i + b]) continue;
        if (total < fewest[i + b]) {
          fewest[i + b] = total;
          best[i + b].clear();
        }
        Matrix m = prefix;
        m.insert(m.end(), block.begin(), block.end());
        if (best[i + b].count(m)) continue;
        if (best[i + b].size() >= kMaxReadings) continue;
        Place next{total, place.at};
        next.at.insert(next.at.end(), at.begin(), at.end());
        best[i + b].emplace(std::move(m), std::move(next));
      }
    }
  }
  // One reading that keeps every row's relation: the relation has decided. Several, or none that
  // keeps them all: it has not (a guess could invent an arithmetic error).
  if (best[rows].size() != 1 || fewest[rows] != 0) return std::nullopt;
  return best[rows].begin()->second.at;
}

std::optional<std::vector<std::vector<size_t>>> blocks_by_paragraphs(const std::vector<size_t>& lines,
                                                                       size_t rows, size_t columns) {
  if (rows == 0 || columns == 0 || lines.size() != rows * columns) return std::nullopt;
  if (std::adjacent_find(lines.begin(), lines.end()) == lines.end()) return std::nullopt;
  auto line_ends_at = [&](size_t end) { return end == lines.size() || lines[end] != lines[end - 1]; };
  // Rows i .. i+b-1 as one block: each column's b numbers one paragraph of their own.
  auto block_fits = [&](size_t i, size_t b) {
    const size_t begin = i * columns;
    if (!line_ends_at(begin + b * columns)) return false;
    if (b == 1) return true;
    for (size_t c = 0; c < columns; ++c) {
      const size_t from = begin + c * b;
      if (from > 0 && lines[from] == lines[from - 1]) return false;
      for (size_t k = from + 1; k < from + b; ++k)
        if (lines[k] != lines[from]) return false;
      if (!line_ends_at(from + b)) return false;
    }
    return true;
  };
  // ways[i]: divisions of rows [0, i) that fit (counted up to 2), with the last block of one.
  std::vector<size_t> ways(rows + 1, 0), last(rows + 1, 0);
  ways[0] = 1;
  for (size_t i = 0; i < rows; ++i) {
    if (ways[i] == 0) continue;
    for (size_t b = 1; i + b <= rows; ++b)
      if (block_fits(i, b)) {
        ways[i + b] = std::min<size_t>(2, ways[i + b] + ways[i]);
        last[i + b] = b;
      }
  }
  if (ways[rows] != 1) return std::nullopt;
  Indices at(rows, std::vector<size_t>(columns));
  for (size_t end = rows; end > 0; end -= last[end]) {
    const size_t b = last[end], i = end - b;
    for (size_t r = 0; r < b; ++r)
      for (size_t c = 0; c < columns; ++c) at[i + r][c] = i * columns + c * b + r;
  }
  return at;
}

}  // namespace xxgk
