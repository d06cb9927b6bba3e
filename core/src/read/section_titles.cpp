#include "read/section_titles.h"

#include "xxgk/format_model.h"

namespace xxgk::text {
namespace {

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

// Per section number 1..6: canonical titles (statutory first, then variants of every format),
// and keywords; read from the format models once.
struct Titles {
  std::vector<std::u32string> titles[7];
  std::vector<std::u32string> keywords[7];
  std::string statutory[7];
  std::vector<std::u32string> row_label_prefixes;  // table 三's numbered top-level rows
};

const Titles& titles() {
  static const Titles t = [] {
    Titles out;
    auto add = [](std::vector<std::u32string>& list, std::u32string s) {
      for (const auto& x : list)
        if (x == s) return;
      list.push_back(std::move(s));
    };
    for (const auto* f : all_formats()) {
      for (const auto& s : f->sections) {
        if (s.number < 1 || s.number > 6) continue;
        if (out.statutory[s.number].empty()) out.statutory[s.number] = s.title;
        add(out.titles[s.number], canon(u(s.title)));
        for (const auto& v : s.variants) add(out.titles[s.number], canon(u(v)));
        for (const auto& k : s.keywords) add(out.keywords[s.number], u(k));
      }
      // Rows numbered 一、二、三、四 of table 三 look like section headings: their first words.
      for (const auto& r : f->request_rows) {
        if (r.number.empty() || !cjk_numeral(u(r.number).front())) continue;
        for (const auto& l : r.labels) {
          const std::u32string s = u(l);
          add(out.row_label_prefixes, s.substr(0, std::min<size_t>(s.size(), 4)));
        }
      }
    }
    return out;
  }();
  return t;
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

const std::string& statutory_title(int n) {
  static const std::string none;
  return n >= 1 && n <= 6 ? titles().statutory[n] : none;
}

size_t match_title(const U32& t, size_t i, size_t e, int n) {
  if (n < 1 || n > 6) return 0;
  size_t best = 0;
  for (const auto& title : titles().titles[n]) best = std::max(best, consume(t, i, e, title));
  return best;
}

bool known_title(const std::string& title, int n) {
  if (n < 1 || n > 6) return false;
  std::u32string c = canon(u(title));
  while (!c.empty() && (c.back() == U'。' || c.back() == U':')) c.pop_back();
  for (const auto& t : titles().titles[n])
    if (t == c) return true;
  return false;
}

bool title_keywords(const U32& t, size_t b, size_t e, int n) {
  if (n < 1 || n > 6) return false;
  for (const auto& k : titles().keywords[n])
    if (find(t, k, b, e) != std::u32string::npos) return true;
  return false;
}

bool is_table_row_label(const U32& t, size_t tb) {
  for (const auto& l : titles().row_label_prefixes)
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

}  // namespace xxgk::text
