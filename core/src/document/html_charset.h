#pragma once
// The charset an HTML page declares (<meta charset>, <meta http-equiv content=…charset=>), looked
// for in its first bytes as browsers do, and the page decoded: bytes first, the declaration next.
#include <string>
#include <string_view>

#include "document/text_decode.h"

namespace xxgk::doc {

// "UTF-8", "GB18030" (for gbk, gb2312, gb18030, …) or "" when the page declares nothing we know.
std::string declared_html_charset(std::string_view bytes);
DecodedText decode_html(std::string_view bytes);

}  // namespace xxgk::doc
