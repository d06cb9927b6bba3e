#pragma once
#include <string_view>

namespace xxgk {

// True when the text is written in traditional characters: counts characters that exist only
// in traditional script among the most frequent words of these reports. Cheap, so the
// transliterator (slow to create) is only built for traditional input.
bool looks_traditional(std::string_view utf8);

}  // namespace xxgk
