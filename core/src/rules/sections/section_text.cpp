#include "rules/sections/section_text.h"

#include "text/compact.h"

namespace xxgk::rulebook {

using namespace text;

bool contains_any(const U32& t, Body b, std::initializer_list<const char32_t*> words) {
  for (const char32_t* w : words)
    if (find(t, w, b.b, b.e) != std::u32string::npos) return true;
  return false;
}

bool contains_any(const U32& t, Body b, const std::vector<std::string>& words) {
  for (const auto& w : words)
    if (find(t, u(w), b.b, b.e) != std::u32string::npos) return true;
  return false;
}

bool has_content(const U32& t, Body b) {
  size_t i = b.b;
  while (i < b.e) {
    size_t le = i;
    while (le < b.e && t[le] != U'\n') ++le;
    size_t lb = i;
    while (lb < le && (is_space(t[lb]) || t[lb] == U'\t')) ++lb;
    bool bullet = lb < le && (t[lb] == U'•' || t[lb] == U'·' || t[lb] == U'*' || t[lb] == U'-' || t[lb] == U'!' ||
                              t[lb] == U'[');
    if (!bullet) {
      int han = 0;
      for (size_t k = lb; k < le; ++k) han += is_han(t[k]);
      Body line{lb, le};
      bool sentence = han >= 6 && contains_any(t, line, {U"。", U";", U"!"});
      bool nothing = han >= 1 && han <= 40 && contains_any(t, line, {U"无", U"未", U"没有", U"不涉及"});
      if (sentence || nothing) return true;
    }
    i = le + 1;
  }
  return false;
}

}  // namespace xxgk::rulebook
