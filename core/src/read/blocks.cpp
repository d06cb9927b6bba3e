#include "read/blocks.h"

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

}  // namespace xxgk
