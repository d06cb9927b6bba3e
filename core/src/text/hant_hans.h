#pragma once
// Traditional → simplified, one character at a time: ICU's Hant-Hans transliterator as a table
// (scripts/gen-hant-hans-table.py), so that neither the CLI nor the page pays for building ICU's
// transliterator registry (≈ 170 million instructions natively, the first traditional text).

namespace xxgk {

// The simplified form of c (c itself when Hant-Hans leaves it alone).
char32_t simplified(char32_t c);

}  // namespace xxgk
