#pragma once
// What the normaliser takes from Unicode, per code point, from tables generated from ICU 72
// (scripts/gen-unicode-tables.cpp; the test unicode_tables_current keeps them equal to ICU): the
// core needs no ICU at run time.
#include <string_view>

namespace xxgk::unicode {

// NFKC of one code point; empty when NFKC leaves it as it is.
std::u32string_view nfkc(char32_t c);
// Hant→Hans (ICU's transliterator) of one code point; empty when it stays.
std::u32string_view simplified(char32_t c);
// The White_Space property.
bool is_white_space(char32_t c);

}  // namespace xxgk::unicode
