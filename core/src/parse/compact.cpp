#include "parse/compact.h"

#include <algorithm>

#include "text/utf8.h"

namespace xxgk {

bool is_han(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }

namespace {
bool dropped(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '"': case '\'':
    case U'“': case U'”': case U'‘': case U'’': case U'「': case U'」': case U'『': case U'』':
      return true;
    default:
      return false;
  }
}
}  // namespace

CompactText::CompactText(std::string_view norm) {
  text_.reserve(norm.size());
  to_norm_.reserve(norm.size() + 1);
  han_before_.reserve(norm.size() + 1);
  uint32_t han = 0;
  size_t len = 0;
  for (size_t i = 0; i < norm.size(); i += len) {
    const char32_t c = utf8::decode(norm, i, len);
    if (dropped(c)) continue;
    for (size_t k = 0; k < len; ++k) {
      text_ += norm[i + k];
      to_norm_.push_back(i + k);
      han_before_.push_back(han);
    }
    if (is_han(c)) ++han;
  }
  to_norm_.push_back(norm.size());
  han_before_.push_back(han);
}

size_t CompactText::from_norm(size_t norm_pos) const {
  return static_cast<size_t>(std::lower_bound(to_norm_.begin(), to_norm_.end(), norm_pos) - to_norm_.begin());
}

}  // namespace xxgk
