#include "text/utf8.h"

namespace xxgk::utf8 {

char32_t decode(std::string_view s, size_t i, size_t& len) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) { len = 1; return b0; }
  int need = 0;
  char32_t c = 0;
  if ((b0 & 0xE0) == 0xC0) { need = 1; c = b0 & 0x1F; }
  else if ((b0 & 0xF0) == 0xE0) { need = 2; c = b0 & 0x0F; }
  else if ((b0 & 0xF8) == 0xF0) { need = 3; c = b0 & 0x07; }
  else { len = 1; return 0xFFFD; }
  for (int k = 1; k <= need; ++k) {
    if (i + k >= s.size()) { len = 1; return 0xFFFD; }
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) { len = 1; return 0xFFFD; }
    c = (c << 6) | (b & 0x3F);
  }
  static const char32_t min_for[] = {0, 0x80, 0x800, 0x10000};
  if (c < min_for[need] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) { len = 1; return 0xFFFD; }
  len = static_cast<size_t>(need) + 1;
  return c;
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

size_t length(std::string_view s) {
  size_t n = 0, len = 0;
  for (size_t i = 0; i < s.size(); i += len) { decode(s, i, len); ++n; }
  return n;
}

std::string_view prefix(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t n = max_bytes;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

}  // namespace xxgk::utf8
