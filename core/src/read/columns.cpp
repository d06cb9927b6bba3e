#include "read/columns.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>

#include "text/utf8.h"

namespace xxgk {
namespace {

constexpr double kSameColumn = 2.5;   // characters: token centers closer than this share a column
constexpr double kNearColumn = 4.0;   // a cluster this close to a column center sits under it
constexpr double kWanderShare = 0.15; // of a page's spread of numbers: how far a column may wander

// A run that is spaced out on one line.
bool spaced_on_one_line(std::string_view norm, const Run& run) {
  return !run.positional && run.first_line == run.last_line && !run.tokens.empty() && spaced_apart(norm, run.tokens);
}

// Clusters in order mapped to columns in order, each to the nearest column; false unless the
// result is strictly increasing and every cluster is near its column.
bool map_nearest(const std::vector<ColumnExtent>& columns, const std::vector<ColumnExtent>& extents,
                 std::vector<std::pair<double, int>>& clusters) {
  int last = -1;
  for (size_t k = 0; k < clusters.size(); ++k) {
    auto& column = clusters[k].second;
    double best = kNearColumn;
    column = -1;
    for (size_t c = 0; c < columns.size(); ++c) {
      if (std::isnan(columns[c].begin)) continue;
      const double d = column_distance(columns[c], extents[k]);
      if (d < best) { best = d; column = static_cast<int>(c); }
    }
    if (column <= last) return false;
    last = column;
  }
  return true;
}

// A laid-out header prints its column labels left to right in the columns' order; labels found at
// the starts of lines in another order (text without layout) say nothing of where columns are.
bool laid_out_left_to_right(const std::vector<ColumnExtent>& header) {
  double last = -1;
  size_t known = 0;
  for (const auto& c : header) {
    if (std::isnan(c.begin)) continue;
    if (c.center() <= last) return false;
    last = c.center();
    ++known;
  }
  return known >= 2;
}

// Whether norm [p, p + len) stands alone between spaces or line ends.
bool stands_alone(std::string_view norm, size_t p, size_t len) {
  return (p == 0 || norm[p - 1] == ' ' || norm[p - 1] == '\n') &&
         (p + len >= norm.size() || norm[p + len] == ' ' || norm[p + len] == '\n');
}

// Where `label`'s first character stands alone between spaces with its second character alone
// right below it, in the same column (characters from the line's start), in [nb, ne).
std::optional<size_t> stacked_label(std::string_view norm, size_t nb, size_t ne, const std::string& label,
                                    size_t first_len, size_t second_len) {
  if (second_len == 0) return std::nullopt;
  const std::string first = label.substr(0, first_len), second = label.substr(first_len, second_len);
  for (size_t p = norm.find(first, nb); p != std::string_view::npos && p < ne; p = norm.find(first, p + 1)) {
    if (!stands_alone(norm, p, first_len)) continue;
    size_t lb = p;
    while (lb > 0 && norm[lb - 1] != '\n') --lb;
    const size_t column = utf8::length_well_formed(norm.substr(lb, p - lb));
    const size_t next = norm.find('\n', p);
    if (next == std::string_view::npos || next + 1 >= ne) continue;
    size_t next_end = norm.find('\n', next + 1);
    if (next_end == std::string_view::npos) next_end = norm.size();
    const std::string_view below = norm.substr(next + 1, next_end - next - 1);
    for (size_t q = below.find(second); q != std::string_view::npos; q = below.find(second, q + 1)) {
      const size_t at = utf8::length_well_formed(below.substr(0, q));
      if (stands_alone(norm, next + 1 + q, second_len) && at + 1 >= column && at <= column + 1) return p;
    }
  }
  return std::nullopt;
}

// A row prints its total whenever it prints a number, last: a mapping that puts a row's last
// number in another column than the last, or another number in the last, is wrong.
bool totals_in_last_column(const std::vector<std::pair<double, int>>& clusters,
                           const std::vector<std::pair<double, double>>& ranges, const std::vector<double>& totals,
                           size_t columns) {
  const int last = static_cast<int>(columns) - 1;
  for (double t : totals)
    for (size_t k = 0; k < clusters.size(); ++k)
      if (t >= ranges[k].first && t <= ranges[k].second && clusters[k].second != last) return false;
  const auto [lowest, highest] = std::minmax_element(totals.begin(), totals.end());
  for (size_t k = 0; k < clusters.size(); ++k)
    if (clusters[k].second == last && (ranges[k].first < *lowest || ranges[k].second > *highest)) return false;
  return true;
}

double width_of(const NumberToken& t) { return static_cast<double>(utf8::length_well_formed(t.raw)); }

}  // namespace

bool spaced_apart(std::string_view norm, const std::vector<NumberToken>& tokens) {
  for (size_t i = 1; i < tokens.size(); ++i) {
    const size_t gap_b = tokens[i - 1].ne, gap_e = tokens[i].nb;
    if (gap_e < gap_b + 2) return false;
    for (size_t p = gap_b; p < gap_e; ++p)
      if (norm[p] != ' ') return false;
  }
  return true;
}

ColumnExtent extent_on_line(std::string_view norm, const DisplayColumns* display, size_t b, size_t e) {
  if (display) {
    const double center = display->center_of(b, e);
    const double half = display->center_of(e, e) - center;
    return {center - half, center + half};
  }
  size_t lb = b;
  while (lb > 0 && norm[lb - 1] != '\n') --lb;
  const double begin = static_cast<double>(utf8::length_well_formed(norm.substr(lb, b - lb)));
  return {begin, begin + static_cast<double>(utf8::length_well_formed(norm.substr(b, e - b)))};
}

double column_distance(const ColumnExtent& a, const ColumnExtent& b) {
  return std::min({std::fabs(a.center() - b.center()), std::fabs(a.begin - b.begin), std::fabs(a.end - b.end)});
}

std::vector<ColumnExtent> header_extents(std::string_view norm, size_t nb, size_t ne,
                                         const std::vector<std::string>& labels, const DisplayColumns* display) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<ColumnExtent> out(labels.size(), ColumnExtent{nan, nan});
  for (size_t c = 0; c < labels.size(); ++c) {
    size_t first_len = 0, second_len = 0;
    if (labels[c].empty()) continue;
    utf8::decode(labels[c], 0, first_len);
    if (first_len < labels[c].size()) utf8::decode(labels[c], first_len, second_len);
    const std::string head = labels[c].substr(0, first_len + second_len);
    // The first match standing alone between spaces (the whole label: "其他" in its own cell, not
    // in "法人或其他组织"), else the first match.
    size_t best_p = std::string_view::npos, best_e = 0;
    bool alone_found = false;
    for (size_t p = norm.find(head, nb); p != std::string_view::npos && p < ne; p = norm.find(head, p + 1)) {
      // The label as far as it goes on this line.
      size_t e = p + head.size(), matched = head.size();
      while (matched < labels[c].size() && e < norm.size() && norm.compare(e, 1, labels[c], matched, 1) == 0) {
        ++e;
        ++matched;
      }
      const bool alone = matched == labels[c].size() && stands_alone(norm, p, e - p);
      if (best_p == std::string_view::npos || alone) {
        best_p = p;
        best_e = e;
      }
      if (alone) {
        alone_found = true;
        break;
      }
    }
    // A narrow column's label stacked a character a line ("其" over "他", "总" over "计"), when the
    // label is not found whole.
    if (!alone_found) {
      if (const auto stacked = stacked_label(norm, nb, ne, labels[c], first_len, second_len)) {
        best_p = *stacked;
        best_e = *stacked + first_len;
      }
    }
    if (best_p == std::string_view::npos) continue;
    const size_t p = best_p, e = best_e;
    out[c] = extent_on_line(norm, display, p, e);
  }
  return out;
}

ColumnPlacer::ColumnPlacer(const RegionRuns& region, size_t columns,
                           const std::function<std::vector<ColumnExtent>()>& find_header, size_t header_page,
                           bool aligned)
    : columns_(columns) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  // The header is looked at only for a page without a row that prints every cell.
  std::optional<std::vector<ColumnExtent>> header;
  const auto header_columns = [&]() -> const std::vector<ColumnExtent>& {
    if (!header) {
      header = find_header();
      if (!laid_out_left_to_right(*header)) header = std::vector<ColumnExtent>(columns, ColumnExtent{nan, nan});
    }
    return *header;
  };
  // Token extents per page, and the rows that print every cell.
  std::map<size_t, std::vector<ColumnExtent>> tokens;
  std::map<size_t, std::vector<std::vector<ColumnExtent>>> full;
  std::map<size_t, std::vector<double>> totals;  // each row's last number: its total
  for (const auto& run : region.runs) {
    // Columns show where numbers stand side by side: a number alone on its line (one cell a line,
    // pdftotext without layout) says nothing of them.
    if (run.positional || run.first_line != run.last_line || run.tokens.size() > columns || run.tokens.size() < 2)
      continue;
    std::vector<ColumnExtent> row;
    for (size_t i = 0; i < run.tokens.size(); ++i) {
      const double half = width_of(run.tokens[i]) / 2;
      row.push_back(ColumnExtent{run.centers[i] - half, run.centers[i] + half});
    }
    auto& page = tokens[run.page];
    page.insert(page.end(), row.begin(), row.end());
    totals[run.page].push_back(row.back().center());
    if (run.tokens.size() == columns) full[run.page].push_back(row);
  }
  size_t pages = 0;
  for (const auto& [page, _] : tokens) pages = std::max(pages, page + 1);
  pages_.resize(pages);
  std::vector<std::pair<double, int>> previous;
  for (auto& [page, list] : tokens) {
    std::sort(list.begin(), list.end(), [](const ColumnExtent& a, const ColumnExtent& b) { return a.center() < b.center(); });
    // Without a row that prints every cell, pdftotext's columns wander by a few characters from
    // row to row (wide characters before them): a gap is a column break only when it is wide for
    // the page's spread of numbers. Text aligned in display columns does not wander.
    const double gap = full.count(page) || aligned ? kSameColumn
                                        : std::max(kSameColumn, kWanderShare * (list.back().center() - list.front().center()));
    std::vector<std::pair<double, int>> clusters;
    std::vector<std::pair<double, double>> ranges;
    std::vector<ColumnExtent> extents;
    ColumnExtent sum{0, 0};
    size_t n = 0;
    for (size_t i = 0; i <= list.size(); ++i) {
      if (i == list.size() || (n > 0 && list[i].center() - list[i - 1].center() > gap)) {
        if (n) {
          const double count = static_cast<double>(n);
          clusters.push_back({(sum.begin + sum.end) / (2 * count), -1});
          extents.push_back(ColumnExtent{sum.begin / count, sum.end / count});
          ranges.push_back({list[i - n].center(), list[i - 1].center()});
        }
        sum = ColumnExtent{0, 0};
        n = 0;
        if (i == list.size()) break;
      }
      sum.begin += list[i].begin;
      sum.end += list[i].end;
      ++n;
    }
    bool mapped = false;
    if (full.count(page)) {
      std::vector<ColumnExtent> by_column(columns, ColumnExtent{0, 0});
      const double rows = static_cast<double>(full[page].size());
      for (const auto& row : full[page])
        for (size_t c = 0; c < columns; ++c) {
          by_column[c].begin += row[c].begin / rows;
          by_column[c].end += row[c].end / rows;
        }
      mapped = map_nearest(by_column, extents, clusters);
    }
    if (!mapped && page == header_page) mapped = map_nearest(header_columns(), extents, clusters);
    if (!mapped && !previous.empty() && previous.size() == clusters.size()) {
      for (size_t k = 0; k < clusters.size(); ++k) clusters[k].second = previous[k].second;
      mapped = true;
    }
    if (!mapped || !totals_in_last_column(clusters, ranges, totals[page], columns)) continue;
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
  cells = blank_cells(columns_, run.nb);
  for (size_t i = 0; i < run.tokens.size(); ++i) cells[static_cast<size_t>(column_of[i])] = run.tokens[i];
  return true;
}

bool measure_in_display_columns_if_aligned(RegionRuns& region, const DisplayColumns& display, size_t columns) {
  constexpr size_t kMinRows = 3;
  const double inf = std::numeric_limits<double>::infinity();
  const auto measured = [&](const Run& run) {
    return !run.positional && run.first_line == run.last_line && run.tokens.size() <= columns;
  };
  // The rows' totals by characters; only text spaced out in columns whose totals do not line up
  // by characters is measured again (most texts never are).
  double chars_low = inf, chars_high = -inf;
  size_t rows = 0;
  for (const auto& run : region.runs) {
    if (!measured(run) || run.tokens.size() < 2 || !spaced_on_one_line(display.norm(), run)) continue;
    ++rows;
    chars_low = std::min(chars_low, run.centers.back());
    chars_high = std::max(chars_high, run.centers.back());
  }
  if (rows < kMinRows || chars_high - chars_low <= kSameColumn) return false;
  double wide_low = inf, wide_high = -inf;
  std::vector<std::vector<double>> wide(region.runs.size());
  for (size_t g = 0; g < region.runs.size(); ++g) {
    const Run& run = region.runs[g];
    if (!measured(run)) continue;
    for (const auto& t : run.tokens) wide[g].push_back(display.center_of(t.nb, t.ne));
    if (run.tokens.size() < 2 || !spaced_on_one_line(display.norm(), run)) continue;
    wide_low = std::min(wide_low, wide[g].back());
    wide_high = std::max(wide_high, wide[g].back());
  }
  if (wide_high - wide_low + kSameColumn >= chars_high - chars_low) return false;
  for (size_t g = 0; g < region.runs.size(); ++g)
    if (!wide[g].empty()) region.runs[g].centers = std::move(wide[g]);
  return true;
}

}  // namespace xxgk
