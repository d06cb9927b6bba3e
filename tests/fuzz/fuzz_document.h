#pragma once
// What every document reader must hold on any input: a result or a Chinese refusal, valid UTF-8
// text, cell and repair ranges inside the text, and a check() that goes through.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "xxgk/check.h"
#include "xxgk/document.h"

namespace fuzz_document {

inline std::string_view bytes(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

inline bool valid_utf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

inline void check(const xxgk::ReadResult& r) {
  if (!r.ok()) {
    if (r.message.empty()) std::abort();
    return;
  }
  const xxgk::Document& d = r.document;
  if (!valid_utf8(d.text)) std::abort();
  for (const auto& t : d.tables) {
    if (t.begin > t.end || t.end > d.text.size()) std::abort();
    for (const auto& c : t.cells)
      if (c.begin > c.end || c.end > d.text.size() || c.row >= t.rows || c.column >= t.columns) std::abort();
  }
  for (const auto& rep : d.repairs)
    if (rep.begin > rep.end || rep.end > d.text.size()) std::abort();
  if (d.text.size() < (1 << 16)) (void)xxgk::to_json(xxgk::check(d));
}

}  // namespace fuzz_document
