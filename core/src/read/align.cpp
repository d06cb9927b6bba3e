#include "read/align.h"

#include <algorithm>

#include "read/label_chain.h"
#include "text/code_points.h"

namespace xxgk {
namespace {

constexpr double kTraceThreshold = 0.6;   // share of a label's characters its trace must show
constexpr size_t kTrailingLinesPerRow = 3;  // how far after the last row a missing row may be

}  // namespace

double trace_similarity(const std::string& text, const std::string& trace) {
  const std::u32string a = text::u(text), b = text::u(trace);
  if (a.empty() || b.empty()) return 0;
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (char32_t ca : a) {
    for (size_t j = 0; j < b.size(); ++j) cur[j + 1] = ca == b[j] ? prev[j] + 1 : std::max(prev[j + 1], cur[j]);
    std::swap(prev, cur);
  }
  return static_cast<double>(prev[b.size()]) / static_cast<double>(b.size());
}

Alignment align_rows(std::string_view norm, const std::vector<AlignRow>& rows, const RegionRuns& region,
                     const std::vector<long>& fixed) {
  const auto& runs = region.runs;
  const size_t n = rows.size(), m = runs.size();
  Alignment out;
  out.run_of_row.assign(n, -1);
  out.by_order.assign(n, false);
  std::vector<bool> taken(m, false);

  std::vector<const Anchor*> anchors;
  for (const auto& r : rows)
    if (r.anchor) anchors.push_back(r.anchor);
  // Is there a label of any row strictly inside [b, e)?
  auto anchor_between = [&](size_t b, size_t e) {
    for (const auto* a : anchors)
      if (a->nb >= b && a->ne <= e && a->nb < e) return true;
    return false;
  };
  auto assign = [&](size_t r, size_t g, bool by_order) {
    out.run_of_row[r] = static_cast<long>(g);
    out.by_order[r] = by_order;
    taken[g] = true;
  };

  for (size_t r = 0; r < fixed.size() && r < n; ++r)
    if (fixed[r] >= 0) assign(r, static_cast<size_t>(fixed[r]), false);
  // The label beside a run: the text before it on its line.
  auto label_beside = [&](const Run& run) {
    const size_t line_begin = norm.rfind('\n', run.nb) + 1;  // npos + 1 == 0
    return compact_label(std::string(norm.substr(line_begin, run.nb - line_begin)));
  };
  // How much a label looks like row r's (its best trace).
  auto trace_of = [&](size_t r, const std::string& label) {
    double best = 0;
    for (const auto& trace : rows[r].traces) best = std::max(best, trace_similarity(label, trace));
    return best;
  };
  // A run on another line than row r's label, beside another data row's label that was not found
  // (printed with a typo: "4.保护第某方合法权益  3  3" under a blank "3.危及…"), is that row's.
  auto under_another_label = [&](size_t r, const Run& run) {
    const Anchor& a = *rows[r].anchor;
    if (region.line_of(a.nb) <= run.first_line && region.line_of(a.ne) >= run.first_line) return false;
    const std::string beside = label_beside(run);
    if (beside.empty()) return false;
    const double own = trace_of(r, beside);
    for (size_t q = 0; q < n; ++q)
      if (q != r && rows[q].data && !rows[q].anchor) {
        const double other = trace_of(q, beside);
        if (other >= kTraceThreshold && other > own) return true;
      }
    return false;
  };
  // A found label takes the run right after it (unless its run was fixed: it may come before it).
  for (size_t r = 0; r < n; ++r) {
    if (!rows[r].data || !rows[r].anchor || out.run_of_row[r] >= 0) continue;
    const Anchor& a = *rows[r].anchor;
    for (size_t g = 0; g < m; ++g) {
      if (runs[g].nb < a.ne) continue;
      if (!taken[g] && !anchor_between(a.ne, runs[g].nb) && !under_another_label(r, runs[g])) assign(r, g, false);
      break;
    }
  }
  // A label wrapped around its numbers: the run just before it, on its line or the line above (or
  // with only blank lines between), when no other label claims that run.
  for (size_t r = 0; r < n; ++r) {
    if (!rows[r].data || !rows[r].anchor || out.run_of_row[r] >= 0) continue;
    const Anchor& a = *rows[r].anchor;
    for (size_t g = m; g-- > 0;) {
      if (runs[g].ne > a.nb) continue;
      const bool next_line = region.line_of(a.nb) <= runs[g].last_line + 1;
      if (!taken[g] && !anchor_between(runs[g].ne, a.nb) && (next_line || blank_between(norm, runs[g].ne, a.nb)) &&
          !under_another_label(r, runs[g]))
        assign(r, g, false);
      break;
    }
  }
  // Rows keep the table's order: a row whose run comes before an earlier row's loses it.
  long last = -1;
  for (size_t r = 0; r < n; ++r) {
    if (out.run_of_row[r] < 0) continue;
    if (out.run_of_row[r] <= last) {
      taken[static_cast<size_t>(out.run_of_row[r])] = false;
      out.run_of_row[r] = -1;
      continue;
    }
    last = out.run_of_row[r];
  }

  // Rows without a run between rows with one: the leftover runs between them.
  for (size_t r = 0; r < n;) {
    if (!rows[r].data || out.run_of_row[r] >= 0) { ++r; continue; }
    std::vector<size_t> gap;
    size_t e = r;
    for (; e < n && (out.run_of_row[e] < 0 || !rows[e].data); ++e)
      if (rows[e].data) gap.push_back(e);
    long lo = -1, hi = static_cast<long>(m);
    for (size_t k = r; k-- > 0;)
      if (out.run_of_row[k] >= 0) { lo = out.run_of_row[k]; break; }
    if (e < n) hi = out.run_of_row[e];
    std::vector<size_t> free;
    for (long g = lo + 1; g < hi; ++g) {
      const size_t gi = static_cast<size_t>(g);
      if (taken[gi]) continue;
      // Empty fields alone (a caption line of a grid) are no row's numbers.
      if (std::all_of(runs[gi].tokens.begin(), runs[gi].tokens.end(), [](const NumberToken& t) { return t.blank; }))
        continue;
      // After the table's last row, only what follows closely can be its missing rows.
      if (e == n && lo >= 0 && runs[gi].first_line > runs[static_cast<size_t>(lo)].last_line + kTrailingLinesPerRow * gap.size())
        break;
      free.push_back(gi);
    }
    if (!free.empty() && free.size() == gap.size()) {
      for (size_t k = 0; k < gap.size(); ++k) assign(gap[k], free[k], true);
    } else if (!free.empty()) {
      // The trace of a label before a run names its row: in order, each row to the best run. The
      // label beside a run on its line names it when it is a gap row's; else every trace since the
      // run before it.
      std::vector<std::string> lead(free.size());
      for (size_t k = 0; k < free.size(); ++k) {
        lead[k] = label_beside(runs[free[k]]);
        const bool names_a_row = std::any_of(gap.begin(), gap.end(), [&](size_t row) { return trace_of(row, lead[k]) >= kTraceThreshold; });
        if (!names_a_row) lead[k] = compact_label(runs[free[k]].lead);
      }
      size_t next_free = 0;
      for (size_t row : gap) {
        double best = kTraceThreshold;
        size_t pick = free.size();
        for (size_t k = next_free; k < free.size(); ++k) {
          const double sim = trace_of(row, lead[k]);
          if (sim > best) { best = sim; pick = k; }
        }
        if (pick < free.size()) {
          assign(row, free[pick], false);
          next_free = pick + 1;
        }
      }
    }
    r = e;
  }
  return out;
}

}  // namespace xxgk
