#include "text/blank.h"

namespace xxgk::text {

bool has_visible_text(std::string_view utf8) {
  static constexpr std::string_view kBlanks[] = {" ", "\t", "\n", "\r", "\f", "\v",
                                                 "\xC2\xA0", "\xE3\x80\x80", "\xEF\xBB\xBF", "\xE2\x80\x8B",
                                                 "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x80\xAF", "\xE2\x81\xA0"};
  while (!utf8.empty()) {
    size_t blank = 0;
    for (std::string_view b : kBlanks)
      if (utf8.substr(0, b.size()) == b) blank = b.size();
    if (blank == 0) return true;
    utf8.remove_prefix(blank);
  }
  return false;
}

}  // namespace xxgk::text
