#pragma once
// GB18030 (and so GBK and GB2312) decoding, one character at a time, from a table generated from
// ICU's converter (scripts/gen-gb18030-table.py): the same mapping natively and in wasm.
#include <cstddef>
#include <string_view>

namespace xxgk::doc {

// Decodes the character at s[i]; returns the bytes it takes (1, 2 or 4), or 0 when the bytes
// there are no GB18030 character (cp is then unchanged).
size_t gb18030_decode(std::string_view s, size_t i, char32_t& cp);

}  // namespace xxgk::doc
