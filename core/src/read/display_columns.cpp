#include "read/display_columns.h"

#include "text/code_points.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

// East Asian Wide and Fullwidth: Hangul Jamo, CJK radicals to Yi, Hangul syllables, CJK
// compatibility, vertical and fullwidth forms, the supplementary ideographs.
bool wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
         (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

DisplayColumns::DisplayColumns(const Text& text) : text_(text) {
  const std::string& s = text.original;
  width_at16_.reserve(s.size());
  for (size_t i = 0, len = 0; i < s.size(); i += len) {
    const char32_t c = utf8::decode(s, i, len);
    if (len == 0) len = 1;
    width_at16_.push_back(wide(c) ? 2 : 1);
    if (utf8::utf16_units(c) == 2) width_at16_.push_back(0);
  }
}

double DisplayColumns::width_before(size_t index) const {
  const text::NormView& view = *text_.view;
  const auto& chars = view.chars;
  size_t line = index;
  while (line > 0 && chars.s[line - 1] != U'\n') --line;
  if (line != line_ || index < counted_to_) {
    line_ = counted_to_ = line;
    counted_ = 0;
  }
  for (; counted_to_ < index; ++counted_to_) {
    // Code points one original character became (NFKC) count once, at its width.
    const uint32_t o = view.orig16[counted_to_];
    if (counted_to_ > line && view.orig16[counted_to_ - 1] == o) continue;
    counted_ += o < width_at16_.size() ? width_at16_[o] : 1;
  }
  return counted_;
}

double DisplayColumns::center_of(size_t nb, size_t ne) const {
  const auto& chars = text_.view->chars;
  const size_t b = text::index_of(chars, nb), e = text::index_of(chars, ne);
  const double before = width_before(b);
  return before + (width_before(e) - before) / 2.0;
}

}  // namespace xxgk
