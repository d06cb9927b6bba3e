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
  auto one_paragraph = [&](size_t from, size_t count) {
    for (size_t k = from + 1; k < from + count; ++k)
      if (lines[k] != lines[from]) return false;
    return (from == 0 || lines[from] != lines[from - 1]) && line_ends_at(from + count);
  };
  // Rows i .. i+b-1 as one block: one row; or each column's b numbers one paragraph of their own;
  // or the first column's b numbers one paragraph and the other columns row by row in the next
  // (the first column stands apart from the columns under a shared header: 自然人 | 法人或其他组织).
  // Returns the block's places, or nothing.
  auto block_places = [&](size_t i, size_t b) -> std::optional<Indices> {
    const size_t begin = i * columns;
    if (!line_ends_at(begin + b * columns)) return std::nullopt;
    Indices at(b, std::vector<size_t>(columns));
    if (b == 1) {
      // A row alone prints its numbers as one paragraph or one a paragraph, not in pieces of
      // several (those are columns of a block of rows).
      const bool whole = one_paragraph(begin, columns);
      bool each = true;
      for (size_t c = 0; c < columns && each; ++c) each = one_paragraph(begin + c, 1);
      if (!whole && !each) return std::nullopt;
      for (size_t c = 0; c < columns; ++c) at[0][c] = begin + c;
      return at;
    }
    bool by_column = true;
    for (size_t c = 0; c < columns && by_column; ++c) by_column = one_paragraph(begin + c * b, b);
    if (by_column) {
      for (size_t r = 0; r < b; ++r)
        for (size_t c = 0; c < columns; ++c) at[r][c] = begin + c * b + r;
      return at;
    }
    if (columns > 2 && one_paragraph(begin, b) && one_paragraph(begin + b, b * (columns - 1))) {
      for (size_t r = 0; r < b; ++r) {
        at[r][0] = begin + r;
        for (size_t c = 1; c < columns; ++c) at[r][c] = begin + b + r * (columns - 1) + (c - 1);
      }
      return at;
    }
    return std::nullopt;
  };
  // ways[i]: divisions of rows [0, i) that fit (counted up to 2), with the last block of one.
  std::vector<size_t> ways(rows + 1, 0);
  std::vector<std::optional<Indices>> last(rows + 1);
  ways[0] = 1;
  for (size_t i = 0; i < rows; ++i) {
    if (ways[i] == 0) continue;
    for (size_t b = 1; i + b <= rows; ++b)
      if (auto at = block_places(i, b)) {
        ways[i + b] = std::min<size_t>(2, ways[i + b] + ways[i]);
        last[i + b] = std::move(at);
      }
  }
  if (ways[rows] != 1) return std::nullopt;
  Indices at(rows);
  for (size_t end = rows; end > 0;) {
    const Indices& block = *last[end];
    end -= block.size();
    for (size_t r = 0; r < block.size(); ++r) at[end + r] = block[r];
  }
  return at;
}

// Each token's paragraph: a blank line between two tokens starts a new one.
std::vector<size_t> paragraphs_of(std::string_view norm, const std::vector<NumberToken>& tokens) {
  std::vector<size_t> out;
  size_t paragraph = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i > 0) {
      const std::string_view between = norm.substr(tokens[i - 1].ne, tokens[i].nb - tokens[i - 1].ne);
      const size_t first = between.find('\n');
      if (first != std::string_view::npos &&
          between.find_first_not_of(" \t\r\f", first + 1) != std::string_view::npos &&
          between[between.find_first_not_of(" \t\r\f", first + 1)] == '\n')
        ++paragraph;
    }
    out.push_back(paragraph);
  }
  return out;
}

bool each_number_a_paragraph(std::string_view norm, const std::vector<NumberToken>& tokens) {
  const auto p = paragraphs_of(norm, tokens);
  return std::adjacent_find(p.begin(), p.end()) == p.end();
}

}  // namespace xxgk
