#pragma once
// Minimal UTF-8 helpers: decoding is lenient (an invalid byte is one U+FFFD), so any input reads.
#include <cstdint>
#include <string>
#include <string_view>

namespace xxgk::utf8 {

// Decodes the code point at s[i], sets len to the bytes consumed (>= 1). Inline: every reader
// calls it once per character.
inline char32_t decode(std::string_view s, size_t i, size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  len = 1;
  if (b0 < 0x80) return b0;
  size_t need;
  char32_t c;
  if ((b0 & 0xE0) == 0xC0) { need = 1; c = b0 & 0x1F; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; c = b0 & 0x0F; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; c = b0 & 0x07; }
  else return 0xFFFD;
  if (i + need >= s.size()) return 0xFFFD;
  for (size_t k = 1; k <= need; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return 0xFFFD;
    c = (c << 6) | (b & 0x3F);
  }
  constexpr char32_t min_for[] = {0, 0x80, 0x800, 0x10000};
  if (c < min_for[need] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0xFFFD;
  len = need + 1;
  return c;
}
inline void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    const char b[] = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    out.append(b, 2);
  } else if (c < 0x10000) {
    const char b[] = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                      static_cast<char>(0x80 | (c & 0x3F))};
    out.append(b, 3);
  } else {
    const char b[] = {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                      static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
    out.append(b, 4);
  }
}
inline int utf16_units(char32_t c) { return c >= 0x10000 ? 2 : 1; }
// Number of code points in s.
size_t length(std::string_view s);
// The same for well-formed UTF-8 (a normalised text, which its encoder made), counted without
// decoding: the bytes that start a character.
inline size_t length_well_formed(std::string_view s) {
  size_t n = 0;
  for (const char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}
// The longest prefix of s of at most max_bytes that does not cut a character.
std::string_view prefix(std::string_view s, size_t max_bytes);

}  // namespace xxgk::utf8
