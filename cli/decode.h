#pragma once
// Bytes of a text file -> UTF-8. Knows UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM
// and GB18030/GBK (through ICU's converter). Anything else is refused with a Chinese reason.
#include <string>
#include <string_view>

namespace xxgk_cli {

struct Decoded {
  bool ok = false;
  std::string utf8;       // the text, without BOM (when ok)
  std::string encoding;   // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030"
  std::string error;      // Chinese reason (when !ok), e.g. "文件为空"
};

Decoded decode_text(std::string_view bytes);

// Helpers, exposed for the tests and the other readers.
bool is_valid_utf8(std::string_view s);
// Number of invalid UTF-8 sequences; `out` (optional) receives the text with U+FFFD for each.
size_t repair_utf8(std::string_view s, std::string* out);
void append_utf8(std::string& out, char32_t cp);

}  // namespace xxgk_cli
