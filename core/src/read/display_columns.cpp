#include "read/display_columns.h"

#include <algorithm>
#include <tuple>

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

double DisplayColumns::width_at(uint32_t orig16) const {
  constexpr uint32_t kCheckpoint = 1024;
  const std::string& s = text_.original;
  const size_t n = s.size();
  if (orig16 < cursor16_) {
    // Back to the last walked position at or before it.
    const auto it = std::upper_bound(checkpoints_.begin(), checkpoints_.end(), std::make_pair(orig16, s.size()));
    if (it == checkpoints_.begin()) cursor16_ = 0, cursor8_ = 0;
    else std::tie(cursor16_, cursor8_) = *std::prev(it);
  }
  const auto lead_units = [](unsigned char b) -> uint32_t { return ((b & 0xC0) != 0x80 ? 1u : 0u) + (b >= 0xF0 ? 1u : 0u); };
  // 64 bytes at a time while that cannot pass it (a block holds 64 UTF-16 units at most).
  while (orig16 - cursor16_ >= 64 && cursor8_ + 64 <= n) {
    uint32_t units = 0;
    for (size_t i = 0; i < 64; ++i) units += lead_units(static_cast<unsigned char>(s[cursor8_ + i]));
    cursor16_ += units;
    cursor8_ += 64;
    if (checkpoints_.empty() || cursor16_ >= checkpoints_.back().first + kCheckpoint) {
      // A checkpoint stands at a character's start.
      size_t at = cursor8_;
      while (at < n && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) ++at;
      checkpoints_.emplace_back(cursor16_, at);
    }
  }
  const auto to_lead = [&] {
    while (cursor8_ < n && (static_cast<unsigned char>(s[cursor8_]) & 0xC0) == 0x80) ++cursor8_;
  };
  to_lead();
  while (cursor16_ < orig16 && cursor8_ < n) {
    cursor16_ += lead_units(static_cast<unsigned char>(s[cursor8_]));
    ++cursor8_;
    to_lead();
  }
  if (cursor16_ != orig16 || cursor8_ >= n) return 1;
  // Past the character: the next one's query (text order) starts right there.
  size_t len = 0;
  const char32_t c = utf8::decode(s, cursor8_, len);
  cursor8_ += len == 0 ? 1 : len;
  cursor16_ += static_cast<uint32_t>(utf8::utf16_units(c));
  return wide(c) ? 2 : 1;
}

double DisplayColumns::width_before(size_t index) const {
  const text::NormView& view = *text_.view;
  const auto& chars = view.chars;
  // On from the last count when `index` is further along the same line, else from its line's start.
  bool same_line = index >= counted_to_ && counted_to_ >= line_;
  for (size_t k = counted_to_; same_line && k < index; ++k) same_line = chars.s[k] != U'\n';
  if (!same_line) {
    size_t line = index;
    while (line > 0 && chars.s[line - 1] != U'\n') --line;
    line_ = counted_to_ = line;
    counted_ = 0;
  }
  for (; counted_to_ < index; ++counted_to_) {
    // Code points one original character became (NFKC) count once, at its width.
    const uint32_t o = view.orig16[counted_to_];
    if (counted_to_ > line_ && view.orig16[counted_to_ - 1] == o) continue;
    counted_ += width_at(o);
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
