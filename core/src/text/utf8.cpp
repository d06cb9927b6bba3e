#include "text/utf8.h"

namespace xxgk::utf8 {

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
