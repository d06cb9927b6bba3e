#pragma once
// Minimal UTF-8 helpers: decoding is lenient (an invalid byte is one U+FFFD), so any input reads.
#include <cstdint>
#include <string>
#include <string_view>

namespace xxgk::utf8 {

// Decodes the code point at s[i], sets len to the bytes consumed (>= 1).
char32_t decode(std::string_view s, size_t i, size_t& len);
void append(std::string& out, char32_t c);
inline int utf16_units(char32_t c) { return c >= 0x10000 ? 2 : 1; }
// Number of code points in s.
size_t length(std::string_view s);
// The longest prefix of s of at most max_bytes that does not cut a character.
std::string_view prefix(std::string_view s, size_t max_bytes);

}  // namespace xxgk::utf8
