#pragma once
#include <cstdint>

namespace xxgk {

// [begin, end) in UTF-16 code units of the text exactly as it was given
// (what JavaScript string indices count), so the page can highlight directly.
struct Span {
  int32_t begin = -1;
  int32_t end = -1;
  bool valid() const { return begin >= 0 && end >= begin; }
};

// Smallest span covering both (an invalid side is ignored).
inline Span cover(Span a, Span b) {
  if (!a.valid()) return b;
  if (!b.valid()) return a;
  return Span{a.begin < b.begin ? a.begin : b.begin, a.end > b.end ? a.end : b.end};
}

}  // namespace xxgk
