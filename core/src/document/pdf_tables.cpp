// Geometric tables: consecutive lines carrying numbers aligned in columns. Columns come from the
// numbers' x positions (left of them, from where label texts start; a column no row prints a
// number in, from its header label), rows from the lines that carry numbers; a label wrapped
// over several lines joins the row whose numbers are nearest, so a label on two lines with its
// numbers on one of them is one row. Numbers where the table has its labels start another table.
#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include "document/pdf_layout.h"
#include "text/code_points.h"
#include "text/utf8.h"

namespace xxgk::doc::pdf {
namespace {

constexpr size_t kMaxLinesBetweenRows = 6;   // wrapped labels, header lines between number rows
constexpr size_t kMaxHeaderLines = 8;
constexpr size_t kMaxLabelLinesBetweenRows = 24;  // labels of blank rows, wrapped, on one page
constexpr size_t kMinWiderTable = 8;          // numbers in a row that may start a table of its own
constexpr double kLabelsWide = 4;             // sizes left of a table's numbers: inside its labels' column

size_t numbers_in(const Line& l) {
  return static_cast<size_t>(std::count_if(l.segments.begin(), l.segments.end(), [](const Segment& s) { return s.number; }));
}

bool carries_numbers(const Line& l) { return l.segments.size() >= 2 && numbers_in(l) >= 1; }

double median_size(const std::vector<Line>& lines, size_t first, size_t last) {
  std::vector<double> sizes;
  for (size_t i = first; i <= last; ++i) sizes.push_back(lines[i].size);
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  return sizes[sizes.size() / 2];
}

// Sorted values grouped where neighbours are within `tolerance`; returns each group's mean.
std::vector<double> clusters(std::vector<double> values, double tolerance) {
  std::sort(values.begin(), values.end());
  std::vector<double> out;
  double sum = 0;
  size_t n = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    if (n && values[i] - values[i - 1] > tolerance) {
      out.push_back(sum / n);
      sum = 0;
      n = 0;
    }
    sum += values[i];
    ++n;
  }
  if (n) out.push_back(sum / n);
  return out;
}

size_t nearest(const std::vector<double>& centers, double x) {
  size_t best = 0;
  for (size_t k = 1; k < centers.size(); ++k)
    if (std::fabs(centers[k] - x) < std::fabs(centers[best] - x)) best = k;
  return best;
}

// The left edge of the numbers' area: left of it are the labels.
double numbers_left(const std::vector<Line>& lines, const std::vector<size_t>& rows) {
  double left = 1e300;
  for (size_t i : rows)
    for (const Segment& s : lines[i].segments)
      if (s.number) left = std::min(left, s.x0);
  return left;
}

bool in_label_area(const Line& l, double left, double size) {
  return std::all_of(l.segments.begin(), l.segments.end(), [&](const Segment& s) { return s.x1 <= left + 0.5 * size; });
}

// A line of running text crossing into the numbers' area: the table has ended.
bool is_running_text(const Line& l, double left) {
  return l.segments.size() == 1 && l.segments[0].x0 < left && l.segments[0].x1 > left &&
         utf8::length(l.segments[0].text) > 8;
}

// Columns where no row prints a number (every cell blank) are known only by their labels: the
// centres of header words over the numbers' area that stand off every number column and span no
// two other header words (a group label such as 法人或其他组织 spans its columns' labels).
std::vector<double> label_only_columns(const std::vector<Line>& lines, size_t first, size_t last, double left,
                                       double tolerance, const std::vector<std::pair<double, double>>& number_spans) {
  std::vector<std::pair<double, double>> words;
  for (size_t i = first; i <= last; ++i) {
    if (numbers_in(lines[i]) > 0) continue;
    for (const Segment& s : lines[i].segments)
      for (const auto& w : s.words)
        if (w.first >= left - tolerance) words.push_back(w);
  }
  std::vector<double> centers;
  for (const auto& w : words) {
    const bool over_numbers = std::any_of(number_spans.begin(), number_spans.end(), [&](const auto& n) {
      return w.first < n.second && w.second > n.first;
    });
    size_t spanned = 0;
    for (const auto& o : words) {
      const double c = (o.first + o.second) / 2;
      if (&o != &w && c > w.first && c < w.second && o.second - o.first < w.second - w.first) ++spanned;
    }
    if (!over_numbers && spanned < 2) centers.push_back((w.first + w.second) / 2);
  }
  return clusters(centers, tolerance);
}

// A list item's numbering at the start of a text: "二、", "（三）", "(3)", "3.", "3、".
bool starts_numbered(const std::string& text) {
  static const std::u32string kNumerals = U"一二三四五六七八九十";
  const std::u32string u = text::u(utf8::prefix(text, 8 * 4));  // eight characters at most
  size_t i = 0;
  const bool open = i < u.size() && (u[i] == U'（' || u[i] == U'(');
  if (open) ++i;
  const size_t from = i;
  while (i < u.size() && u[i] >= U'0' && u[i] <= U'9') ++i;
  const bool digits = i > from;
  if (!digits)
    while (i < u.size() && kNumerals.find(u[i]) != std::u32string::npos) ++i;
  if (i == from || i >= u.size()) return false;
  if (open) return u[i] == U'）' || u[i] == U')';
  return u[i] == U'、' || (digits && (u[i] == U'.' || u[i] == U'．'));
}

bool has_numbered_label(const Line& l) {
  return std::any_of(l.segments.begin(), l.segments.end(), [](const Segment& s) { return !s.number && starts_numbered(s.text); });
}

struct Part {
  double y, x;
  std::string text;
};

// Each line's row and each row's line, as a geometric table's rows are being formed.
struct RowsOfLines {
  std::vector<size_t> row_of;    // per line of the document (those of the table)
  std::vector<size_t> row_line;  // the line each row stands on
  std::vector<bool> labelled;    // the row has label text already
  size_t add(size_t line, bool has_label) {
    row_line.push_back(line);
    labelled.push_back(has_label);
    return row_line.size() - 1;
  }
};

// A numbered label above another one of the same row, standing over it, is a row of its own whose
// cells are blank, with the unnumbered lines below it down to that label: its wrapped text
// ("5.属于三类内部事务信息" over "6.属于四类过程性信息 1 1"; "5.要求行政机关确认或重新 /
// 出具已获取信息" over "（六）其他处理 9 9"; "（六）其他处理" over "（七）总计 …", each centred).
void split_off_blank_rows(const std::vector<Line>& lines, size_t first, size_t last, double left, double size,
                          const std::function<const Segment*(const Line&)>& numbered_label, RowsOfLines& a) {
  const size_t row_count = a.row_line.size();
  for (size_t r = 0; r < row_count; ++r) {
    const double numbers_at = lines[a.row_line[r]].center() + 0.45 * size;
    // The row's own label: its lowest numbered line at or above its numbers.
    const Segment* own = nullptr;
    size_t own_line = 0;
    for (size_t i = first; i <= last; ++i) {
      if (a.row_of[i] != r || lines[i].center() > numbers_at) continue;
      if (const Segment* label = numbered_label(lines[i])) {
        own = label;
        own_line = i;
      }
    }
    if (!own) continue;
    auto over_own = [&](const Segment* s) { return s && s->x1 > own->x0 && s->x0 < own->x1; };
    auto line_over_own = [&](size_t w) {
      return std::any_of(lines[w].segments.begin(), lines[w].segments.end(), [&](const Segment& s) { return over_own(&s); });
    };
    std::vector<size_t> wrapped;  // lines of this row above its label, none a numbered label over it
    // Over the table's first row's label: the end of a label above the table (a row left out of it
    // whose numbers were lost: "1.信访举报投诉 / 类申请" over "2.重复申请 40 …"), a line of its own.
    auto set_apart = [&] {
      bool any = false;
      size_t apart = 0;
      for (size_t w : wrapped)
        if (line_over_own(w)) {
          if (!any) apart = a.add(w, true);
          any = true;
          a.row_of[w] = apart;
        }
    };
    for (size_t i = own_line;; ) {
      if (i == first) {
        set_apart();
        break;
      }
      --i;
      const bool label_only = !carries_numbers(lines[i]) && in_label_area(lines[i], left, size);
      if (!label_only) {
        // The row above, its numbered label over this one's: the lines between end its label
        // ("1.信访举报投诉 0 … / 类申请" over "2.重复申请 40 …").
        if (a.row_line[a.row_of[i]] == i && over_own(numbered_label(lines[i])))
          for (size_t w : wrapped)
            if (line_over_own(w)) a.row_of[w] = a.row_of[i];
        break;
      }
      if (a.row_of[i] != r && a.row_line[a.row_of[i]] != i) break;
      const Segment* label = numbered_label(lines[i]);
      if (!over_own(label)) {
        if (a.row_of[i] != r) break;
        wrapped.push_back(i);
        continue;
      }
      if (a.row_of[i] == r) a.row_of[i] = a.add(i, true);
      for (size_t w : wrapped) a.row_of[w] = a.row_of[i];
      break;
    }
  }
}

GeometricTable build(const std::vector<Line>& lines, size_t first, size_t last, const std::vector<size_t>& number_rows) {
  const double size = median_size(lines, first, last);
  const double left = numbers_left(lines, number_rows);
  // Columns: numbers by their centres, labels by where they start.
  std::vector<double> number_x, label_x;
  for (size_t i = first; i <= last; ++i)
    for (const Segment& s : lines[i].segments) {
      if (s.number) number_x.push_back((s.x0 + s.x1) / 2);
      else if (s.x1 <= left + 0.5 * size || s.x0 < left - size) label_x.push_back(s.x0);
    }
  std::vector<double> number_cols = clusters(number_x, 1.2 * size);
  std::vector<std::pair<double, double>> number_spans(number_cols.size(), {1e300, -1e300});
  for (size_t i = first; i <= last; ++i)
    for (const Segment& s : lines[i].segments)
      if (s.number) {
        auto& span = number_spans[nearest(number_cols, (s.x0 + s.x1) / 2)];
        span = {std::min(span.first, s.x0), std::max(span.second, s.x1)};
      }
  // A label-only column stands as far from the others as the closest two number columns stand
  // apart, give or take: labels placed less precisely (a PDF reader sharing a run's width out over
  // its characters) do not make a column of their own. Two number columns at least say how far.
  if (number_cols.size() >= 2) {
    double spacing = 1e300;
    for (size_t k = 1; k < number_cols.size(); ++k) spacing = std::min(spacing, number_cols[k] - number_cols[k - 1]);
    const double tolerance = std::max(1.2 * size, 0.6 * spacing);
    for (double c : label_only_columns(lines, first, last, left, tolerance, number_spans))
      if (c > left && std::fabs(number_cols[nearest(number_cols, c)] - c) >= tolerance) number_cols.push_back(c);
    std::sort(number_cols.begin(), number_cols.end());
  }
  const std::vector<double> label_cols = clusters(label_x, 1.5 * size);
  const size_t label_count = label_cols.size();
  auto column_of = [&](const Segment& s) {
    if (!label_cols.empty() && (s.x1 <= left + 0.5 * size || s.x0 < left - size) && !s.number)
      return nearest(label_cols, s.x0);
    return label_count + nearest(number_cols, (s.x0 + s.x1) / 2);
  };

  // Rows: lines with numbers, and header lines (text over the number columns); label-only lines
  // join the nearest row with numbers on their page. A numbered label below a row's numbers when
  // that row has its label already ("2.没有现成…" under "息 7 7") is the next row's, whose cells
  // are blank: a row's label starts at or above its numbers, which stand in the middle of it.
  RowsOfLines rows_of;
  rows_of.row_of.assign(last + 1, 0);
  auto& row_line = rows_of.row_line;
  auto& labelled = rows_of.labelled;
  auto& row_of = rows_of.row_of;
  std::map<size_t, size_t> row_of_line;
  for (size_t i = first; i <= last; ++i) {
    if (carries_numbers(lines[i]) || !in_label_area(lines[i], left, size)) {
      row_of_line[i] = rows_of.add(i, std::any_of(lines[i].segments.begin(), lines[i].segments.end(),
                                                  [](const Segment& s) { return !s.number; }));
    }
  }
  for (size_t i = first; i <= last; ++i) {
    size_t row;
    if (auto it = row_of_line.find(i); it != row_of_line.end()) {
      row = it->second;
    } else {
      double best = 1e300;
      row = row_line.size();
      for (size_t r = 0; r < row_line.size(); ++r) {
        const Line& l = lines[row_line[r]];
        if (l.page != lines[i].page || !carries_numbers(l)) continue;
        const double d = std::fabs(l.center() - lines[i].center());
        if (d < best) { best = d; row = r; }
      }
      // Too far from any row's numbers to be a wrapped label: a line of its own (a sub-heading).
      if (best > 2.5 * size) row = row_line.size();
      if (row < row_line.size() && labelled[row] && has_numbered_label(lines[i]) &&
          lines[i].center() > lines[row_line[row]].center() + 0.45 * size)
        row = row_line.size();
      if (row == row_line.size()) rows_of.add(i, false);
      labelled[row] = true;
    }
    row_of[i] = row;
  }
  // A line's innermost numbered label: group labels ("（三）不予公开") stand left of their rows'.
  auto numbered_label = [&](const Line& l) -> const Segment* {
    const Segment* label = nullptr;
    for (const Segment& s : l.segments)
      if (!s.number && starts_numbered(s.text) && column_of(s) < label_count) label = &s;
    return label;
  };
  split_off_blank_rows(lines, first, last, left, size, numbered_label, rows_of);
  std::vector<std::map<size_t, std::vector<Part>>> rows(row_line.size());
  for (size_t i = first; i <= last; ++i)
    for (const Segment& s : lines[i].segments)
      rows[row_of[i]][column_of(s)].push_back({lines[i].center() + lines[i].page * 1e6, s.x0, s.text});

  GeometricTable t;
  t.first = first;
  t.last = last;
  const size_t columns = label_count + number_cols.size();
  std::vector<size_t> order(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) order[r] = r;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return row_line[a] < row_line[b]; });
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t c = 0; c < columns; ++c) {
      GridCell cell{static_cast<int>(r), static_cast<int>(c), 1, 1, {}};
      auto it = rows[order[r]].find(c);
      if (it != rows[order[r]].end()) {
        auto& parts = it->second;
        std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) {
          return a.y != b.y ? a.y < b.y : a.x < b.x;
        });
        for (const Part& p : parts) join_text(cell.text, p.text);
      }
      t.cells.push_back(std::move(cell));
    }
  }
  return t;
}

}  // namespace

std::vector<GeometricTable> find_tables(const std::vector<Line>& lines) {
  std::vector<GeometricTable> tables;
  size_t i = 0;
  while (i < lines.size()) {
    if (!carries_numbers(lines[i])) { ++i; continue; }
    std::vector<size_t> number_rows{i};
    size_t last = i, widest = numbers_in(lines[i]);
    // Lines without numbers between rows: header lines, wrapped labels, and the labels of rows
    // whose cells are all blank (a run of blank rows may be longer than the rest allows).
    size_t other = 0, labels = 0;
    for (size_t j = i + 1; j < lines.size(); ++j) {
      const double left = numbers_left(lines, number_rows);
      if (is_running_text(lines[j], left)) break;
      if (!carries_numbers(lines[j])) {
        // Labels of blank rows go on over a page break (the rows after it are the table's).
        const bool label = in_label_area(lines[j], left, lines[j].size) && lines[j].page <= lines[last].page + 1;
        if (label ? ++labels > kMaxLabelLinesBetweenRows : ++other > kMaxLinesBetweenRows) break;
        continue;
      }
      // Numbers where this table has its labels, or twice as many as any row before, are another
      // table's (table 四's row after table 三's rows): its columns are not these.
      if (number_rows.size() >= 2 && numbers_left(lines, {j}) < left - kLabelsWide * lines[j].size) break;
      if (numbers_in(lines[j]) >= kMinWiderTable && numbers_in(lines[j]) >= 2 * widest) break;
      widest = std::max(widest, numbers_in(lines[j]));
      number_rows.push_back(j);
      last = j;
      other = labels = 0;
    }
    // One line of numbers is a table when it has several (table 四 is one row of 15).
    if (number_rows.size() < 2 && numbers_in(lines[i]) < 4) { ++i; continue; }
    const double size = median_size(lines, i, last);
    const double left = numbers_left(lines, number_rows);
    // Header lines above: text over the number columns, or several cells, close to the table.
    size_t first = i;
    const size_t floor = tables.empty() ? 0 : tables.back().last + 1;  // not into the table before
    while (first > floor && i - first < kMaxHeaderLines) {
      const Line& above = lines[first - 1];
      const Line& below = lines[first];
      const bool header = above.segments.size() >= 2 || !in_label_area(above, left, size);
      // A header at the foot of the page before the table's first row is the table's.
      const bool close = above.page == below.page ? below.top - above.bottom <= 3 * size
                                                  : above.page + 1 == below.page && header;
      // The first line of a label wrapped in its cell, set tight above the row's numbers; not a
      // numbered label over a row with its own ("1.信访…" over "2.重复申请 40 …": a lost row's).
      const bool wrapped_label = first == i && below.top - above.bottom <= 0.5 * size &&
                                 !(has_numbered_label(above) && has_numbered_label(below));
      if (!close || !(header || wrapped_label) || is_running_text(above, left)) break;
      --first;
    }
    // Wrapped label lines below the last row.
    while (last + 1 < lines.size()) {
      const Line& below = lines[last + 1];
      const Line& l = lines[last];
      if (below.page != l.page || below.top - l.bottom > 0.8 * size || !in_label_area(below, left, size)) break;
      ++last;
    }
    tables.push_back(build(lines, first, last, number_rows));
    i = last + 1;
  }
  return tables;
}

}  // namespace xxgk::doc::pdf
