// The six statutory sections: "一、总体情况" … "六、其他需要报告的事项" (format.md §1.1, §6.1),
// at a line start or inline (web dumps with the whole body on one line).
#include <algorithm>

#include "read/report_reader.h"
#include "read/section_titles.h"

namespace xxgk {
namespace {

using namespace text;

struct Candidate {
  size_t b = 0, te = 0;   // numeral .. title end (code points)
  int cls = 0;            // 0 statutory/variant at a line start, 1 the same inline, 2 renamed line start
};

}  // namespace

void read_sections(Report& report) {
  report.sections.clear();
  const U32& t = decoded(report.text);
  const auto heads = numbered_headings(t, 0, t.size());
  std::vector<Candidate> cand[7];
  for (size_t hi = 0; hi < heads.size(); ++hi) {
    const auto& h = heads[hi];
    if (h.number > 6 || is_table_row_label(t, h.tb)) continue;
    size_t len = match_title(t, h.tb, h.le, h.number);
    if (len) {
      cand[h.number].push_back({h.b, h.tb + len, h.line_start ? 0 : 1});
      continue;
    }
    if (!h.line_start) continue;
    size_t le = h.le;
    while (le > h.tb && (is_space(t[le - 1]) || t[le - 1] == U'|')) --le;
    if (le <= h.tb || le - h.tb > 40) continue;
    if (find(t, U"。", h.tb, le) != std::u32string::npos) continue;
    if (!title_keywords(t, h.tb, le, h.number)) continue;
    cand[h.number].push_back({h.b, le, 2});
  }

  // An inline list of the titles ("本报告包括一、总体情况;二、主动公开…") is not a heading: drop inline
  // candidates that directly follow or precede another title.
  {
    auto sep = [&](size_t a, size_t b) {
      if (a > b) return false;
      for (size_t j = a; j < b; ++j)
        if (!(is_space(t[j]) || t[j] == U',' || t[j] == U';' || t[j] == U'、')) return false;
      return b - a <= 3;
    };
    // Starts and ends of every title match, sorted: a neighbour is found by binary search (a
    // pasted text can hold tens of thousands of numbered headings on one line).
    std::vector<size_t> starts, ends;
    for (int n = 1; n <= 6; ++n)
      for (const auto& c : cand[n])
        if (c.cls != 2) { starts.push_back(c.b); ends.push_back(c.te); }
    std::sort(starts.begin(), starts.end());
    std::sort(ends.begin(), ends.end());
    auto title_starts_after = [&](size_t te, size_t self) {
      for (auto it = std::lower_bound(starts.begin(), starts.end(), te); it != starts.end() && *it <= te + 3; ++it)
        if (*it != self && sep(te, *it)) return true;
      return false;
    };
    auto title_ends_before = [&](size_t b) {
      for (auto it = std::lower_bound(ends.begin(), ends.end(), b >= 3 ? b - 3 : 0); it != ends.end() && *it <= b; ++it)
        if (sep(*it, b)) return true;
      return false;
    };
    for (int n = 1; n <= 6; ++n) {
      std::vector<Candidate> keep;
      for (const auto& c : cand[n]) {
        const bool listed = c.cls == 1 && (title_starts_after(c.te, c.b) || title_ends_before(c.b));
        if (!listed) keep.push_back(c);
      }
      cand[n] = keep;
    }
  }

  std::vector<std::pair<int, Candidate>> chosen;
  size_t prev = 0;
  for (int n = 1; n <= 6; ++n) {
    const Candidate* pick = nullptr;
    for (int cls = 0; cls <= 2 && !pick; ++cls)
      for (const auto& c : cand[n])
        if (c.cls == cls && c.b >= prev) { pick = &c; break; }
    if (!pick) {
      for (int cls = 0; cls <= 2 && !pick; ++cls)
        for (const auto& c : cand[n])
          if (c.cls == cls) { pick = &c; break; }
    }
    if (!pick) continue;
    chosen.push_back({n, *pick});
    prev = std::max(prev, pick->te);
  }
  std::sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) { return a.second.b < b.second.b; });
  for (size_t i = 0; i < chosen.size(); ++i) {
    const auto& [n, c] = chosen[i];
    size_t end = i + 1 < chosen.size() ? chosen[i + 1].second.b : t.size();
    while (end > c.te && (is_space(t[end - 1]) || t[end - 1] == U'\n')) --end;
    size_t body = c.te;
    {  // nothing else on the heading line: the body starts on the next line
      size_t j = body;
      while (j < t.size() && is_space(t[j])) ++j;
      if (j >= t.size() || t[j] == U'\n') body = j < t.size() ? j + 1 : j;
      if (body > end) body = end;
    }
    size_t tb = c.b + 2;
    while (tb < c.te && is_space(t[tb])) ++tb;
    Section s;
    s.number = n;
    s.title = utf8(std::u32string_view(t.s).substr(tb, c.te - tb));
    s.heading_span = span(report.text, t, c.b, c.te);
    s.span = span(report.text, t, c.b, end);
    s.norm_begin = t.off[c.b];
    s.norm_end = t.off[end];
    s.body_begin = t.off[body];
    report.sections.push_back(std::move(s));
  }
}

}  // namespace xxgk
