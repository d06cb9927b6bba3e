#pragma once
// Whether text holds anything to read: ASCII white space, no-break, ideographic and zero-width
// spaces and a stray BOM are all blank (a file of them is "nothing to check", not a report
// without tables).
#include <string_view>

namespace xxgk::text {

bool has_visible_text(std::string_view utf8);

}  // namespace xxgk::text
