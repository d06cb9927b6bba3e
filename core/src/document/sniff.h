#pragma once
// Which reader the bytes need: their first bytes decide; the name only where bytes cannot tell
// (an HTML page saved as .htm without a doctype).
#include <string_view>

namespace xxgk::doc {

enum class InputKind { text, html, docx, pdf, legacy_word, encrypted_word, image, rtf, other_binary };

InputKind detect_input_kind(std::string_view bytes, std::string_view name);

}  // namespace xxgk::doc
