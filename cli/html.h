#pragma once
// HTML -> plain text for the checker: table rows become lines of tab-separated cells,
// block elements and <br> become line breaks, scripts/styles/comments are dropped and the
// common entities decoded.
#include <string>
#include <string_view>

namespace xxgk_cli {

std::string html_to_text(std::string_view html);

// Decodes one entity starting at s[i] == '&'; on success appends it to out and returns the
// number of bytes consumed, else 0. Shared with the .docx reader.
size_t decode_entity(std::string_view s, size_t i, std::string& out);

}  // namespace xxgk_cli
