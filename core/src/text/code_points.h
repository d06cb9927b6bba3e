#pragma once
// A code-point view of normalised text with the byte offset of each code point, and the small
// searches over it that the meta and section readers and the report rules share.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/offsets.h"
#include "xxgk/text.h"

namespace xxgk::text {

// Code points of a UTF-8 range with the byte offset (in the source string) of each;
// off has size s.size()+1 (the last entry is the end offset).
struct U32 {
  std::u32string s;
  Offsets off;  // inputs are far below 2 GiB
  size_t size() const { return s.size(); }
  char32_t operator[](size_t i) const { return i < s.size() ? s[i] : 0; }
};
U32 decode(std::string_view utf8, size_t base = 0);

// Text::view: the code points of norm and, per code point, the UTF-16 offset in the original of
// the character it came from (all code points of one original character share it).
struct NormView {
  U32 chars;
  Offsets orig16;           // size chars.size()
  uint32_t orig16_end = 0;  // UTF-16 length of the original
};
// The code points of text.norm (Text::view, built by normalize()).
const U32& decoded(const Text& text);
std::u32string u(std::string_view utf8);
std::string utf8(std::u32string_view s);
std::string utf8(const U32& t, size_t b, size_t e);

bool is_digit(char32_t c);
bool is_space(char32_t c);
// 一..十 → 1..10, else 0.
int cjk_numeral(char32_t c);
const char* cjk_numeral_name(int n);   // 1 → "一"

// Position of needle within [b, e), npos when not there.
size_t find(const U32& t, std::u32string_view needle, size_t b = 0, size_t e = std::u32string::npos);
bool starts_with(const U32& t, size_t i, std::u32string_view needle);

// Code point index of byte offset nb (first code point at or after it).
size_t index_of(const U32& t, size_t nb);
// Span in the original of code points [b, e) of t.
Span span(const Text& text, const U32& t, size_t b, size_t e);
// Sentence around code point i: [b, e) bounded by 。！？ or line ends.
std::pair<size_t, size_t> sentence_at(const U32& t, size_t i);

}  // namespace xxgk::text
