#include "document/gb18030.h"

#include <cstdint>

namespace xxgk::doc {
namespace {
#include "document/gb18030_table.inc"

constexpr uint32_t kSupplementaryStart = 189000;  // linear index of 0x90 0x30 0x81 0x30

struct TwoByte {
  uint16_t at[kGbTwoByteCount];
  TwoByte() {
    const unsigned char* p = kGbTwoBytePacked;
    int32_t prev = 0;
    for (uint16_t& v : at) {
      uint32_t z = 0;
      for (int shift = 0;; shift += 7) {
        const unsigned char b = *p++;
        z |= uint32_t(b & 127) << shift;
        if (!(b & 128)) break;
      }
      prev += (z & 1) ? -int32_t((z + 1) >> 1) : int32_t(z >> 1);
      v = static_cast<uint16_t>(prev);
    }
  }
};

const uint16_t* two_byte() {
  static const TwoByte t;
  return t.at;
}

unsigned byte_at(std::string_view s, size_t i) { return static_cast<unsigned char>(s[i]); }

char32_t four_byte_bmp(uint32_t linear) {
  size_t lo = 0, hi = sizeof kGbFourByteRanges / sizeof kGbFourByteRanges[0] - 1;  // last: the end
  while (hi - lo > 1) {
    const size_t mid = (lo + hi) / 2;
    if (kGbFourByteRanges[mid][0] <= linear) lo = mid;
    else hi = mid;
  }
  return kGbFourByteRanges[lo][1] + (linear - kGbFourByteRanges[lo][0]);
}

}  // namespace

size_t gb18030_decode(std::string_view s, size_t i, char32_t& cp) {
  const unsigned b0 = byte_at(s, i);
  if (b0 < 0x80) { cp = b0; return 1; }
  if (b0 == 0x80 || b0 == 0xFF || i + 1 >= s.size()) return 0;
  const unsigned b1 = byte_at(s, i + 1);
  if ((b1 >= 0x40 && b1 <= 0x7E) || (b1 >= 0x80 && b1 <= 0xFE)) {
    cp = two_byte()[(b0 - 0x81) * 190 + (b1 < 0x7F ? b1 - 0x40 : b1 - 0x41)];
    return 2;
  }
  if (b1 < 0x30 || b1 > 0x39 || i + 3 >= s.size()) return 0;
  const unsigned b2 = byte_at(s, i + 2), b3 = byte_at(s, i + 3);
  if (b2 < 0x81 || b2 > 0xFE || b3 < 0x30 || b3 > 0x39) return 0;
  const uint32_t linear = (((b0 - 0x81) * 10 + (b1 - 0x30)) * 126 + (b2 - 0x81)) * 10 + (b3 - 0x30);
  const uint32_t bmp_end = kGbFourByteRanges[sizeof kGbFourByteRanges / sizeof kGbFourByteRanges[0] - 1][0];
  if (linear < bmp_end) {
    cp = four_byte_bmp(linear);
    return 4;
  }
  if (linear >= kSupplementaryStart && linear - kSupplementaryStart <= 0x10FFFF - 0x10000) {
    cp = 0x10000 + (linear - kSupplementaryStart);
    return 4;
  }
  return 0;
}

}  // namespace xxgk::doc
