#pragma once
// Bytes of a text → UTF-8: BOM, UTF-16 without BOM told by its NUL bytes, UTF-8, GB18030/GBK.
// What had to be repaired is recorded with its place; what cannot be told apart is refused.
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/document.h"

namespace xxgk::doc {

struct DecodedText {
  ReadStatus status = ReadStatus::ok;
  std::string message;        // Chinese, when status != ok
  std::string text;           // UTF-8, without BOM
  std::string encoding;       // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "GB18030"
  std::vector<ReadingRepair> repairs;  // byte ranges in `text`
};

// Finds the encoding and decodes.
DecodedText decode_text(std::string_view bytes);

// Decodes bytes whose encoding is known (an HTML page's charset): "UTF-8" repairs invalid
// sequences, "GB18030" decodes GB18030/GBK/GB2312. A BOM wins over the declaration.
DecodedText decode_declared(std::string_view bytes, std::string_view encoding);

// Replaces each invalid UTF-8 sequence by U+FFFD (markup that should be UTF-8 and is not quite).
std::string valid_utf8(std::string_view bytes);

}  // namespace xxgk::doc
