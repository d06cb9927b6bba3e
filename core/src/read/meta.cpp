// meta.title, meta.agency, meta.year, meta.published: read from the top of the text (title line,
// page metadata labels), the "现将……报告如下" sentence, the statistics period and a date line.
#include <algorithm>
#include <array>

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

// Agency = the CJK run before the year, cut at a verb or a label. A PDF's text wraps sentences and
// spaces CJK from digits ("现公" / "布双辽市政府办公室 2021 年度"): spaces are skipped, and a line
// break when the line before it is a full line of a paragraph (a heading's short line stops the run).
constexpr size_t kWrappedLineChars = 15;
constexpr size_t kSentenceReach = 200;  // code points before a wrapped sentence's last line

struct AgencyRun {
  size_t b = 0, e = 0;   // code point range in the text
  std::u32string name;   // without the spaces and line breaks inside
};

AgencyRun agency_before(const U32& t, size_t lb, size_t yb) {
  std::vector<size_t> kept;  // positions of the run's characters, last first
  for (size_t i = yb; i > lb;) {
    const char32_t c = t[i - 1];
    if (is_space(c) || c == U'\t' || c == U'\r') { --i; continue; }
    if (c == U'\n') {
      if (kept.empty()) break;
      size_t line_begin = i - 1;
      while (line_begin > lb && t[line_begin - 1] != U'\n') --line_begin;
      size_t chars = 0;
      for (size_t k = line_begin; k + 1 < i; ++k) chars += is_space(t[k]) ? 0 : 1;
      if (chars < kWrappedLineChars) break;
      --i;
      continue;
    }
    if (!is_han(c) && c != U'(' && c != U')') break;
    kept.push_back(--i);
  }
  std::reverse(kept.begin(), kept.end());
  std::u32string run;
  for (size_t k : kept) run += t[k];
  static const std::u32string cuts[] = {U"现将", U"现向社会公布", U"现公布", U"公布", U"发布", U"关于", U"现就", U"编制"};
  size_t from = 0;
  for (const auto& c : cuts)
    for (size_t p = run.find(c, from); p != std::u32string::npos; p = run.find(c, from)) from = p + c.size();
  if (from >= kept.size()) return {yb, yb, {}};
  return {kept[from], kept.back() + 1, run.substr(from)};
}

// A name that can be an agency: ends as the names of government bodies do. Anything else (a
// clause of the narrative cut at a year) is no agency: null rather than a guess.
bool agency_like(std::u32string_view name) {
  if (name.size() < 2 || name.size() > 30) return false;
  for (char32_t c : name)
    if (!is_han(c) && c != U'(' && c != U')') return false;
  static const std::u32string endings[] = {U"政府", U"办公室", U"办公厅", U"局", U"委", U"委员会", U"中心", U"院", U"区",
                                           U"县", U"市", U"镇", U"乡", U"街道", U"管委会", U"实验区", U"署", U"厅", U"部",
                                           U"处", U"站", U"所", U"队", U"馆", U"社", U"公司", U"省", U"州", U"旗", U"盟",
                                           U"集团", U"会", U"办"};
  for (const auto& end : endings)
    if (name.size() >= end.size() && name.substr(name.size() - end.size()) == end) return true;
  return false;
}

void set_agency(Report& r, const U32& t, const AgencyRun& a) {
  r.meta.agency = utf8(a.name);
  r.meta.agency_span = span(r.text, t, a.b, a.e);
}

// The title names the report: a year, 政府信息公开 (or 政务公开), and 报告 (or 年报) at its end.
bool title_like(const std::u32string& s) {
  if (s.size() < 8 || s.size() > 60) return false;
  if (s.find_first_of(U"。,;《》“”:") != std::u32string::npos) return false;
  if (s.rfind(U"根据", 0) == 0 || s.rfind(U"按照", 0) == 0 || s.rfind(U"依据", 0) == 0) return false;
  if (s.find(U"信息公开") == std::u32string::npos && s.find(U"政务公开") == std::u32string::npos) return false;
  const bool report = s.size() >= 2 && (s.compare(s.size() - 2, 2, U"报告") == 0 || s.compare(s.size() - 2, 2, U"年报") == 0);
  if (!report) return false;
  for (size_t i = 0; i + 4 < s.size(); ++i)
    if (s[i] == U'2' && s[i + 1] == U'0' && is_digit(s[i + 2]) && is_digit(s[i + 3]) && s[i + 4] == U'年') return true;
  return false;
}

// A title candidate cut out of [b, e): page labels ("标题:"), list numbers, a breadcrumb before it
// and a site name or file extension after its last 报告 come off.
void cut_title(const U32& t, size_t& b, size_t& e) {
  trim(t, b, e);
  for (const char32_t* lab : {U"标题", U"名称", U"题名", U"文件名称"}) {
    const std::u32string l = lab;
    if (starts_with(t, b, l)) {
      size_t j = b + l.size();
      while (j < e && (is_space(t[j]) || t[j] == U':' || t[j] == U'\t')) ++j;
      b = j;
    }
  }
  if (is_digit(t[b])) {
    size_t j = b;
    while (j < e && is_digit(t[j])) ++j;
    if (t[j] == U'、' || (t[j] == U'.' && !is_digit(t[j + 1]))) b = j + 1;
  }
  size_t last = std::u32string::npos;
  for (size_t p = find(t, U"报告", b, e); p != std::u32string::npos; p = find(t, U"报告", p + 2, e)) last = p;
  if (last == std::u32string::npos)
    for (size_t p = find(t, U"年报", b, e); p != std::u32string::npos; p = find(t, U"年报", p + 2, e)) last = p;
  if (last != std::u32string::npos) e = last + 2;
  // a breadcrumb ("当前位置: 首页 … 年报 X年度…报告"): the last space-separated part
  if (e - b > 50 || find(t, U"当前位置", b, e) != std::u32string::npos) {
    for (size_t j = e; j > b; --j)
      if (is_space(t[j - 1])) { b = j; break; }
  }
}

// The title line near the top, or a title wrapped over two lines ("洪泽区人民政府" / "2023 年政府信息
// 公开工作年度报告"); its agency is the name before the year, or the name between the year and
// 政府信息公开 ("2025年上海市人民政府办公厅政府信息公开工作年度报告").
void read_title(Report& r, const U32& t, const std::vector<Line>& all_lines) {
  Meta& m = r.meta;
  // Blank lines do not part a title's two lines (a PDF's text puts one between them).
  std::vector<Line> lines;
  for (const auto& ln : all_lines) {
    size_t b = ln.b, e = ln.e;
    trim(t, b, e);
    if (e > b) lines.push_back(ln);
  }
  const size_t n = std::min<size_t>(lines.size(), 40);
  for (size_t li = 0; li < n; ++li) {
    // A name alone on the line above a line that starts with the year is the title's first part.
    std::u32string above;
    if (li > 0) {
      size_t b = lines[li - 1].b, e = lines[li - 1].e;
      trim(t, b, e);
      above = std::u32string(std::u32string_view(t.s).substr(b, e - b));
    }
    size_t first = lines[li].b, last = lines[li].e;
    trim(t, first, last);
    const bool name_above = agency_like(above) && first < last && is_digit(t[first]);
    const std::array<int, 3> joins = name_above ? std::array<int, 3>{-1, 0, 1} : std::array<int, 3>{0, -1, 1};
    for (int join : joins) {
      if ((join < 0 && li == 0) || (join > 0 && li + 1 >= lines.size())) continue;
      size_t b = lines[join < 0 ? li - 1 : li].b, e = lines[join > 0 ? li + 1 : li].e;
      if (join != 0) {
        // Both lines short: a wrapped title, not two lines of a paragraph.
        size_t b1 = lines[join < 0 ? li - 1 : li].b, e1 = lines[join < 0 ? li - 1 : li].e;
        trim(t, b1, e1);
        if (e1 - b1 > 30 || e1 == b1) continue;
      }
      const size_t line_end = e;
      cut_title(t, b, e);
      if (e <= b) continue;
      // A sentence that ends after its 报告 ("…情况报告如下。") is the narrative, not a title.
      if (find(t, U"。", e, line_end) != std::u32string::npos || starts_with(t, e, U"如下")) continue;
      std::u32string compact;
      for (size_t i = b; i < e; ++i)
        if (!is_space(t[i]) && t[i] != U'\n' && t[i] != U'\t') compact += t[i];
      if (!title_like(compact)) continue;
      m.title = utf8(compact);
      m.title_span = span(r.text, t, b, e);
      for (size_t i = b; i + 4 < e; ++i) {
        size_t ye;
        auto y = year_at(t, i, &ye);
        if (!y) continue;
        m.year = *y;
        m.year_span = span(r.text, t, i, ye);
        size_t yb = i;  // a title wrapped before its year: the name ends on the line above
        while (yb > b && (is_space(t[yb - 1]) || t[yb - 1] == U'\n')) --yb;
        const AgencyRun before = agency_before(t, b, yb);
        if (agency_like(before.name)) {
          set_agency(r, t, before);
        } else {
          size_t gb = ye;
          while (gb < e && is_space(t[gb])) ++gb;
          size_t ge = find(t, U"政府信息公开", gb, e);
          if (ge == std::u32string::npos) ge = find(t, U"政务公开", gb, e);
          if (ge != std::u32string::npos) {
            const AgencyRun between = agency_before(t, gb, ge);
            if (between.b == gb && agency_like(between.name)) set_agency(r, t, between);
          }
        }
        break;
      }
      return;
    }
  }
}

// `needle` in [from, to) with white space and line breaks allowed between its characters (a PDF's
// text wraps and spaces words: "年度政府" / "信息公开"); its end in *end.
size_t find_wrapped(const U32& t, std::u32string_view needle, size_t from, size_t to, size_t* end) {
  auto gap = [&](size_t i) { return i < to && (is_space(t[i]) || t[i] == U'\n' || t[i] == U'\r'); };
  for (size_t p = find(t, std::u32string(1, needle[0]), from, to); p != std::u32string::npos;
       p = find(t, std::u32string(1, needle[0]), p + 1, to)) {
    size_t i = p + 1, k = 1;
    for (; k < needle.size(); ++k, ++i) {
      while (gap(i)) ++i;
      if (i >= to || t[i] != needle[k]) break;
    }
    if (k == needle.size()) {
      *end = i;
      return p;
    }
  }
  return std::u32string::npos;
}

// "现将重庆市北碚区人民政府2020年政府信息公开情况报告如下" and the like, near the top.
void read_intro_sentence(Report& r, const U32& t) {
  Meta& m = r.meta;
  const size_t limit = std::min<size_t>(t.size(), 3000);
  auto gap = [&](size_t i) { return is_space(t[i]) || t[i] == U'\n' || t[i] == U'\r'; };
  size_t pe = 0;
  for (size_t p = find_wrapped(t, U"政府信息公开", 0, limit, &pe); p != std::u32string::npos;
       p = find_wrapped(t, U"政府信息公开", p + 1, limit, &pe)) {
    // YYYY年(度) directly before
    size_t yb = p;
    while (yb > 0 && gap(yb - 1)) --yb;
    if (yb >= 1 && t[yb - 1] == U'度') --yb;
    while (yb > 0 && gap(yb - 1)) --yb;
    if (yb < 5 || t[yb - 1] != U'年') continue;
    size_t ys = yb - 1;
    while (ys > 0 && gap(ys - 1)) --ys;
    if (ys < 4) continue;
    ys -= 4;
    size_t ye;
    auto y = year_at(t, ys, &ye);
    if (!y) continue;
    // 报告 in the same sentence, which may go on over the next lines.
    size_t se = pe;
    while (se < limit && t[se] != U'。' && se < pe + kSentenceReach) ++se;
    size_t re = 0;
    if (find_wrapped(t, U"报告", pe, se, &re) == std::u32string::npos) continue;
    if (!m.year) {
      m.year = *y;
      m.year_span = span(r.text, t, ys, ye);
    }
    if (!m.agency) {
      // From the lines before too: the sentence may be wrapped inside the name ("现将重" / "庆市…").
      const size_t sb = sentence_at(t, ys).first;
      const AgencyRun before = agency_before(t, sb > kSentenceReach ? sb - kSentenceReach : 0, ys);
      if (agency_like(before.name)) set_agency(r, t, before);
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
      // A label in a line of text or a table header ("本年收费金额(单位:万元)") names no agency.
      if (agency_like(std::u32string_view(t.s).substr(j, k - j))) {
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
