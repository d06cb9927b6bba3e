// The Hant→Hans table is ICU's Hant-Hans transliterator, character by character, for every code
// point the normaliser asks about.
#include <doctest/doctest.h>

#include <unicode/translit.h>

#include <ios>
#include <memory>

#include "text/hant_hans.h"

TEST_CASE("simplified() = ICU's Hant-Hans for every code point from U+3400") {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> icu(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
  REQUIRE(U_SUCCESS(status));
  size_t changed = 0, differ = 0;
  for (UChar32 c = 0x3400; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    icu::UnicodeString s(c);
    icu->transliterate(s);
    const UChar32 expected = s.countChar32() == 1 ? s.char32At(0) : -1;
    const char32_t got = xxgk::simplified(static_cast<char32_t>(c));
    if (static_cast<UChar32>(got) != expected && ++differ <= 10) FAIL_CHECK("U+" << std::hex << c);
    changed += got != static_cast<char32_t>(c);
  }
  CHECK(differ == 0);
  CHECK(changed == 2853);
}
