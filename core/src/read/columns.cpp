#include "read/columns.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "text/utf8.h"

namespace xxgk {
namespace {

constexpr double kSameColumn = 2.5;   // characters: token centers closer than this share a column
constexpr double kNearColumn = 4.0;   // a cluster this close to a column center sits under it
constexpr double kWanderShare = 0.15; // of a page's spread of numbers: how far a column may wander

// A run that is spaced out on one line: at least two spaces between its tokens (glued digits of
// a web copy have one or none).
bool spaced_on_one_line(std::string_view norm, const Run& run) {
  if (run.positional || run.first_line != run.last_line || run.tokens.empty()) return false;
  for (size_t i = 1; i < run.tokens.size(); ++i) {
    const size_t gap_b = run.tokens[i - 1].ne, gap_e = run.tokens[i].nb;
    if (gap_e < gap_b + 2) return false;
    for (size_t p = gap_b; p < gap_e; ++p)
      if (norm[p] != ' ') return false;
  }
  return true;
}

// Clusters in order mapped to columns in order, each to the nearest center; false unless the
// result is strictly increasing and every cluster is near its column.
bool map_nearest(std::vector<double> centers_by_column, std::vector<std::pair<double, int>>& clusters) {
  int last = -1;
  for (auto& [center, column] : clusters) {
    double best = kNearColumn;
    column = -1;
    for (size_t c = 0; c < centers_by_column.size(); ++c) {
      if (std::isnan(centers_by_column[c])) continue;
      const double d = std::fabs(centers_by_column[c] - center);
      if (d < best) { best = d; column = static_cast<int>(c); }
    }
    if (column <= last) return false;
    last = column;
  }
  return true;
}

// A laid-out header prints its column labels left to right in the columns' order; labels found at
// the starts of lines in another order (text without layout) say nothing of where columns are.
bool laid_out_left_to_right(const std::vector<double>& centers) {
  double last = -1;
  size_t known = 0;
  for (double c : centers) {
    if (std::isnan(c)) continue;
    if (c <= last) return false;
    last = c;
    ++known;
  }
  return known >= 2;
}

}  // namespace

std::vector<double> header_centers(std::string_view norm, size_t nb, size_t ne, const std::vector<std::string>& labels) {
  std::vector<double> out(labels.size(), std::numeric_limits<double>::quiet_NaN());
  for (size_t c = 0; c < labels.size(); ++c) {
    size_t first_len = 0, second_len = 0;
    if (labels[c].empty()) continue;
    utf8::decode(labels[c], 0, first_len);
    if (first_len < labels[c].size()) utf8::decode(labels[c], first_len, second_len);
    const std::string head = labels[c].substr(0, first_len + second_len);
    for (size_t p = norm.find(head, nb); p != std::string_view::npos && p < ne; p = norm.find(head, p + 1)) {
      size_t lb = p;
      while (lb > 0 && norm[lb - 1] != '\n') --lb;
      // The label as far as it goes on this line.
      size_t e = p + head.size(), matched = head.size();
      while (matched < labels[c].size() && e < norm.size() && norm.compare(e, 1, labels[c], matched, 1) == 0) {
        ++e;
        ++matched;
      }
      out[c] = static_cast<double>(utf8::length_well_formed(norm.substr(lb, p - lb))) +
               static_cast<double>(utf8::length_well_formed(norm.substr(p, e - p))) / 2.0;
      break;
    }
  }
  return out;
}

ColumnPlacer::ColumnPlacer(const RegionRuns& region, size_t columns, const std::vector<double>& header_found,
                           size_t header_page)
    : columns_(columns) {
  const std::vector<double> header = laid_out_left_to_right(header_found)
                                         ? header_found
                                         : std::vector<double>(columns, std::numeric_limits<double>::quiet_NaN());
  // Token centers per page, and the rows that print every cell.
  std::map<size_t, std::vector<double>> centers;
  std::map<size_t, std::vector<std::vector<double>>> full;
  for (const auto& run : region.runs) {
    // Columns show where numbers stand side by side: a number alone on its line (one cell a line,
    // pdftotext without layout) says nothing of them.
    if (run.positional || run.first_line != run.last_line || run.tokens.size() > columns || run.tokens.size() < 2)
      continue;
    auto& page = centers[run.page];
    page.insert(page.end(), run.centers.begin(), run.centers.end());
    if (run.tokens.size() == columns) full[run.page].push_back(run.centers);
  }
  size_t pages = 0;
  for (const auto& [page, _] : centers) pages = std::max(pages, page + 1);
  pages_.resize(pages);
  std::vector<std::pair<double, int>> previous;
  for (auto& [page, list] : centers) {
    std::sort(list.begin(), list.end());
    // Without a row that prints every cell, pdftotext's columns wander by a few characters from
    // row to row (wide characters before them): a gap is a column break only when it is wide for
    // the page's spread of numbers.
    const double gap = full.count(page) ? kSameColumn
                                        : std::max(kSameColumn, kWanderShare * (list.back() - list.front()));
    std::vector<std::pair<double, int>> clusters;
    std::vector<std::pair<double, double>> ranges;
    double sum = 0;
    size_t n = 0;
    for (size_t i = 0; i <= list.size(); ++i) {
      if (i == list.size() || (n > 0 && list[i] - list[i - 1] > gap)) {
        if (n) {
          clusters.push_back({sum / static_cast<double>(n), -1});
          ranges.push_back({list[i - n], list[i - 1]});
        }
        sum = 0;
        n = 0;
        if (i == list.size()) break;
      }
      sum += list[i];
      ++n;
    }
    bool mapped = false;
    if (full.count(page)) {
      std::vector<double> by_column(columns, 0);
      for (const auto& row : full[page])
        for (size_t c = 0; c < columns; ++c) by_column[c] += row[c] / static_cast<double>(full[page].size());
      mapped = map_nearest(by_column, clusters);
    }
    if (!mapped && page == header_page) mapped = map_nearest(header, clusters);
    if (!mapped && !previous.empty() && previous.size() == clusters.size()) {
      for (size_t k = 0; k < clusters.size(); ++k) clusters[k].second = previous[k].second;
      mapped = true;
    }
    if (!mapped) continue;
    previous = clusters;
    for (size_t k = 0; k < clusters.size(); ++k)
      pages_[page].push_back({ranges[k].first, ranges[k].second, clusters[k].second});
  }
}

bool ColumnPlacer::place(std::string_view norm, const Run& run, std::vector<NumberToken>& cells) const {
  if (run.tokens.empty() || run.tokens.size() >= columns_ || run.page >= pages_.size() || pages_[run.page].empty())
    return false;
  if (!spaced_on_one_line(norm, run)) return false;
  std::vector<int> column_of(run.tokens.size(), -1);
  int last = -1;
  for (size_t i = 0; i < run.tokens.size(); ++i) {
    if (run.tokens[i].blank || run.tokens[i].not_a_number) return false;
    for (const auto& cl : pages_[run.page])
      if (run.centers[i] >= cl.low && run.centers[i] <= cl.high) column_of[i] = cl.column;
    if (column_of[i] <= last) return false;
    last = column_of[i];
  }
  cells.assign(columns_, NumberToken{});
  for (auto& c : cells) {
    c.blank = true;
    c.nb = c.ne = run.nb;
  }
  for (size_t i = 0; i < run.tokens.size(); ++i) cells[static_cast<size_t>(column_of[i])] = run.tokens[i];
  return true;
}

}  // namespace xxgk
