#include "rules/report/section_titles.h"

namespace xxgk::rpt {
namespace {

const std::vector<std::vector<std::u32string>>& titles() {
  // [n-1][0] statutory, then variants
  static const std::vector<std::vector<std::u32string>> t = {
      {U"总体情况", U"总体概况", U"基本情况", U"概述"},
      {U"主动公开政府信息情况", U"行政机关主动公开政府信息情况", U"主动公开政府信息工作情况", U"主动公开情况"},
      {U"收到和处理政府信息公开申请情况", U"收到和处理政府信息公开申请的情况", U"依申请公开政府信息情况",
       U"政府信息公开申请情况"},
      {U"政府信息公开行政复议、行政诉讼情况", U"因政府信息公开工作被申请行政复议和提起行政诉讼情况",
       U"因政府信息公开工作被申请行政复议、提起行政诉讼情况", U"政府信息公开行政复议及行政诉讼情况",
       U"因政府信息公开申请提起行政复议、行政诉讼情况", U"政府信息公开行政复议和行政诉讼情况"},
      {U"存在的主要问题及改进情况", U"政府信息公开工作存在的主要问题及改进情况", U"存在问题及改进情况",
       U"存在的主要问题和改进情况", U"存在的问题及改进情况"},
      {U"其他需要报告的事项", U"其他需要报告事项", U"其它需要报告的事项"},
  };
  return t;
}

bool ignorable(char32_t c) { return is_space(c) || c == U'、' || c == U'的' || c == U',' || c == U'\t'; }

std::u32string canon(std::u32string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (ignorable(c)) continue;
    if (c == U'资' && i + 1 < s.size() && s[i + 1] == U'讯') { out += U"信息"; ++i; continue; }
    if (c == U'及' || c == U'与') c = U'和';
    out += c;
  }
  return out;
}

// Consumes canonical characters of t from i while they equal want; returns the raw length or 0.
size_t consume(const U32& t, size_t i, size_t e, const std::u32string& want) {
  size_t k = 0, j = i;
  while (k < want.size()) {
    while (j < e && ignorable(t[j]) && t[j] != U'\n') ++j;
    if (j >= e || t[j] == U'\n') return 0;
    char32_t c = t[j];
    if (c == U'资' && t[j + 1] == U'讯') {
      if (want.compare(k, 2, U"信息") != 0) return 0;
      k += 2; j += 2; continue;
    }
    if (c == U'及' || c == U'与') c = U'和';
    if (c != want[k]) return 0;
    ++k; ++j;
  }
  return j - i;
}

}  // namespace

const char* statutory_title(int n) {
  static const char* s[] = {"", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况",
                            "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"};
  return n >= 1 && n <= 6 ? s[n] : "";
}

size_t match_title(const U32& t, size_t i, size_t e, int n, bool* statutory) {
  if (n < 1 || n > 6) return 0;
  size_t best = 0;
  bool best_stat = false;
  const auto& v = titles()[n - 1];
  for (size_t k = 0; k < v.size(); ++k) {
    size_t len = consume(t, i, e, canon(v[k]));
    if (len > best) { best = len; best_stat = (k == 0); }
  }
  if (statutory) *statutory = best_stat;
  return best;
}

bool known_title(const std::string& title, int n, bool* statutory) {
  if (n < 1 || n > 6) return false;
  std::u32string c = canon(u(title));
  while (!c.empty() && (c.back() == U'。' || c.back() == U':')) c.pop_back();
  const auto& v = titles()[n - 1];
  for (size_t k = 0; k < v.size(); ++k) {
    if (canon(v[k]) == c) {
      if (statutory) *statutory = (k == 0);
      return true;
    }
  }
  return false;
}

bool title_keywords(const U32& t, size_t b, size_t e, int n) {
  static const std::vector<std::vector<std::u32string>> kw = {
      {U"总体", U"概况", U"概述"},
      {U"主动公开"},
      {U"申请"},
      {U"复议", U"诉讼"},
      {U"问题", U"改进", U"整改"},
      {U"其他", U"其它", U"需要报告"},
  };
  if (n < 1 || n > 6) return false;
  for (const auto& k : kw[n - 1])
    if (find(t, k, b, e) != std::u32string::npos) return true;
  return false;
}

bool is_table_row_label(const U32& t, size_t tb) {
  static const std::u32string labels[] = {U"本年新收", U"上年结转", U"本年度办理结果", U"本年度办", U"结转下年度",
                                          U"本年办理结果"};
  for (const auto& l : labels)
    if (starts_with(t, tb, l)) return true;
  return false;
}

std::vector<NumberedHeading> numbered_headings(const U32& t, size_t b, size_t e) {
  std::vector<NumberedHeading> out;
  if (e > t.size()) e = t.size();
  size_t line_end = 0;  // end of the line of the last heading: found once per line, not per heading
  for (size_t i = b; i + 1 < e; ++i) {
    int n = cjk_numeral(t[i]);
    if (!n || t[i + 1] != U'、') continue;
    if (i > 0 && (cjk_numeral(t[i - 1]) || t[i - 1] == U'第')) continue;
    NumberedHeading h;
    h.number = n;
    h.b = i;
    size_t j = i + 2;
    while (j < e && is_space(t[j])) ++j;
    h.tb = j;
    if (line_end < j) {
      line_end = j;
      while (line_end < t.size() && t[line_end] != U'\n') ++line_end;
    }
    h.le = line_end;
    size_t k = i;
    while (k > 0 && (is_space(t[k - 1]) || t[k - 1] == U'•' || t[k - 1] == U'\t')) --k;
    h.line_start = (k == 0 || t[k - 1] == U'\n');
    out.push_back(h);
  }
  return out;
}

}  // namespace xxgk::rpt
