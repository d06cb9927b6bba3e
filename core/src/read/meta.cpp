// meta.title, meta.agency, meta.year, meta.published: read from the top of the text (title line,
// page metadata labels), the "现将……报告如下" sentence, the statistics period and a date line.
#include <algorithm>

#include "read/report_reader.h"
#include "text/code_points.h"
#include "text/compact.h"
#include "text/dates.h"

namespace xxgk {
namespace {

using namespace text;

struct Line { size_t b, e; };  // code point range, without the '\n'

std::vector<Line> lines_of(const U32& t) {
  std::vector<Line> out;
  size_t b = 0;
  for (size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || t[i] == U'\n') { out.push_back({b, i}); b = i + 1; }
  }
  return out;
}

void trim(const U32& t, size_t& b, size_t& e) {
  auto junk = [](char32_t c) {
    return is_space(c) || c == U'\t' || c == U'•' || c == U'·' || c == U'*' || c == U'#' || c == 0x200B ||
           c == 0xFEFF;
  };
  while (b < e && junk(t[b])) ++b;
  while (e > b && (is_space(t[e - 1]) || t[e - 1] == U'\t' || t[e - 1] == U'|')) --e;
}

// Agency = the CJK run before the year, cut at a verb or a label.
std::pair<size_t, size_t> agency_before(const U32& t, size_t lb, size_t yb) {
  size_t b = yb;
  while (b > lb && (is_han(t[b - 1]) || t[b - 1] == U'(' || t[b - 1] == U')')) --b;
  static const std::u32string cuts[] = {U"现将", U"现向社会公布", U"现公布", U"公布", U"发布", U"关于", U"现就", U"编制"};
  for (const auto& c : cuts) {
    size_t p = find(t, c, b, yb);
    while (p != std::u32string::npos) {
      b = p + c.size();
      p = find(t, c, b, yb);
    }
  }
  while (b < yb && is_space(t[b])) ++b;
  return {b, yb};
}

void read_title(Report& r, const U32& t, const std::vector<Line>& lines) {
  Meta& m = r.meta;
  size_t n = std::min<size_t>(lines.size(), 60);
  for (size_t li = 0; li < n; ++li) {
    size_t b = lines[li].b, e = lines[li].e;
    trim(t, b, e);
    if (e - b < 8) continue;
    size_t gp = find(t, U"政府信息公开", b, e);
    if (gp == std::u32string::npos) gp = find(t, U"政务公开", b, e);
    if (gp == std::u32string::npos) continue;
    size_t rp = find(t, U"报告", gp, e);
    if (rp == std::u32string::npos) rp = find(t, U"年报", gp, e);
    if (rp == std::u32string::npos) continue;
    if (find(t, U"。", b, e) != std::u32string::npos || find(t, U"根据", b, gp) != std::u32string::npos) continue;
    // cut at the last 报告 of the line (drops ".docx", "-网站名")
    size_t last = rp;
    for (size_t p = find(t, U"报告", rp + 2, e); p != std::u32string::npos; p = find(t, U"报告", p + 2, e)) last = p;
    e = last + 2;
    // labels and list prefixes: "标题:", "名称\t", "1、"
    for (const char32_t* lab : {U"标题", U"名称", U"题名", U"文件名称"}) {
      std::u32string l = lab;
      if (starts_with(t, b, l)) {
        size_t j = b + l.size();
        while (j < e && (is_space(t[j]) || t[j] == U':' || t[j] == U'\t')) ++j;
        b = j;
      }
    }
    if (is_digit(t[b])) {
      size_t j = b;
      while (j < e && is_digit(t[j])) ++j;
      if (t[j] == U'、' || t[j] == U'.') b = j + 1;
    }
    // a breadcrumb line ("当前位置: 首页 … 年报 X年度…报告 来源:…"): keep the last space-separated part
    if (e - b > 50 || find(t, U"当前位置", b, e) != std::u32string::npos) {
      for (size_t j = e; j > b; --j) {
        if (is_space(t[j - 1])) { if (j - 1 < gp) { b = j; } break; }
      }
    }
    if (e - b > 80 || e <= b) continue;
    m.title = utf8(t, b, e);
    m.title_span = span(r.text, t, b, e);
    for (size_t i = b; i + 4 < e; ++i) {
      size_t ye;
      if (auto y = year_at(t, i, &ye)) {
        m.year = *y;
        m.year_span = span(r.text, t, i, ye);
        auto [ab, ae] = agency_before(t, b, i);
        if (ae > ab + 1) {
          m.agency = utf8(t, ab, ae);
          m.agency_span = span(r.text, t, ab, ae);
        }
        break;
      }
    }
    return;
  }
}

// "现将重庆市北碚区人民政府2020年政府信息公开情况报告如下" and the like, near the top.
void read_intro_sentence(Report& r, const U32& t) {
  Meta& m = r.meta;
  size_t limit = std::min<size_t>(t.size(), 3000);
  for (size_t p = find(t, U"政府信息公开", 0, limit); p != std::u32string::npos;
       p = find(t, U"政府信息公开", p + 1, limit)) {
    // YYYY年(度) directly before
    size_t yb = p;
    while (yb > 0 && is_space(t[yb - 1])) --yb;
    if (yb >= 1 && t[yb - 1] == U'度') --yb;
    if (yb < 5 || t[yb - 1] != U'年') continue;
    size_t ys = yb - 1;
    while (ys > 0 && is_space(t[ys - 1])) --ys;
    if (ys < 4) continue;
    ys -= 4;
    size_t ye;
    auto y = year_at(t, ys, &ye);
    if (!y) continue;
    auto [sb, se] = sentence_at(t, p);
    if (find(t, U"报告", p, se) == std::u32string::npos) continue;
    if (!m.year) {
      m.year = *y;
      m.year_span = span(r.text, t, ys, ye);
    }
    if (!m.agency) {
      auto [ab, ae] = agency_before(t, sb, ys);
      if (ae > ab + 1 && ae - ab <= 30) {
        m.agency = utf8(t, ab, ae);
        m.agency_span = span(r.text, t, ab, ae);
      }
    }
    return;
  }
}

// "发布机构: X", "来源: X", "单位: X"
void read_agency_label(Report& r, const U32& t, const std::vector<Line>& lines) {
  if (r.meta.agency) return;
  size_t n = std::min<size_t>(lines.size(), 60);
  for (const char32_t* lab : {U"发布机构", U"发文机关", U"来源", U"单位"}) {
    std::u32string l = lab;
    for (size_t li = 0; li < n; ++li) {
      size_t p = find(t, l, lines[li].b, lines[li].e);
      if (p == std::u32string::npos) continue;
      size_t j = p + l.size();
      while (j < lines[li].e && (is_space(t[j]) || t[j] == U':' || t[j] == U'\t')) ++j;
      size_t k = j;
      while (k < lines[li].e && (is_han(t[k]) || t[k] == U'(' || t[k] == U')')) ++k;
      if (k - j >= 2) {
        r.meta.agency = utf8(t, j, k);
        r.meta.agency_span = span(r.text, t, j, k);
        return;
      }
    }
  }
}

// "统计期限自2021年1月1日起至12月31日止", "统计时限为2023年1月1日至…"
void read_period_year(Report& r, const U32& t) {
  if (r.meta.year) return;
  for (const char32_t* lab : {U"统计期限", U"统计时限", U"统计期间", U"统计时间", U"统计区间"}) {
    size_t p = find(t, lab);
    if (p == std::u32string::npos) continue;
    for (size_t i = p; i < std::min(t.size(), p + 30); ++i) {
      size_t ye;
      if (auto y = year_at(t, i, &ye)) {
        r.meta.year = *y;
        r.meta.year_span = span(r.text, t, i, ye);
        return;
      }
    }
  }
}

bool excluded_label_context(const U32& t, size_t p) {
  static const std::u32string bad[] = {U"采集", U"更新", U"访问", U"打印", U"截止", U"统计", U"抓取", U"修改"};
  for (const auto& b : bad)
    if (p >= b.size() && starts_with(t, p - b.size(), b)) return true;
  return false;
}

void read_published(Report& r, const U32& t, const std::vector<Line>& lines) {
  Meta& m = r.meta;
  for (const char32_t* lab : {U"发布日期", U"公开日期", U"发布时间", U"成文日期", U"印发日期", U"日期", U"时间"}) {
    std::u32string l = lab;
    for (size_t p = find(t, l); p != std::u32string::npos; p = find(t, l, p + 1)) {
      if (excluded_label_context(t, p)) continue;
      size_t j = p + l.size();
      while (j < t.size() && (is_space(t[j]) || t[j] == U':' || t[j] == U'\t' || t[j] == U'|')) ++j;
      size_t de;
      if (auto d = date_at(t, j, &de)) {
        m.published = iso(*d);
        m.published_span = span(r.text, t, j, de);
        return;
      }
    }
  }
  // A line that is only a date: the signature at the end, else near the top (not a page's
  // "today" banner: 星期).
  auto date_line = [&](const Line& ln) -> bool {
    size_t b = ln.b, e = ln.e;
    trim(t, b, e);
    if (e <= b || find(t, U"星期", b, e) != std::u32string::npos) return false;
    size_t de;
    auto d = date_at(t, b, &de);
    if (!d) return false;
    while (de < e && is_space(t[de])) ++de;
    if (de != e) return false;
    if (m.year && d->y <= *m.year) return false;
    m.published = iso(*d);
    m.published_span = span(r.text, t, b, de);
    return true;
  };
  size_t nl = lines.size();
  for (size_t k = 0; k < std::min<size_t>(nl, 20); ++k)
    if (date_line(lines[nl - 1 - k])) return;
  for (size_t k = 0; k < std::min<size_t>(nl, 10); ++k)
    if (date_line(lines[k])) return;
}

}  // namespace

void read_meta(Report& report) {
  const U32& t = decoded(report.text);
  const auto lines = lines_of(t);
  read_title(report, t, lines);
  read_intro_sentence(report, t);
  read_agency_label(report, t, lines);
  read_period_year(report, t);
  read_published(report, t, lines);
}

}  // namespace xxgk
