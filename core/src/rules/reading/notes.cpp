#include "rules/reading/notes.h"

#include "text/utf8.h"

namespace xxgk::reading {

std::string one_line(const std::string& raw, size_t max_chars) {
  std::string out;
  size_t chars = 0, len = 0;
  bool space = false;
  for (size_t i = 0; i < raw.size(); i += len) {
    const char32_t c = utf8::decode(raw, i, len);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { space = !out.empty(); continue; }
    if (chars >= max_chars) return out + "…";
    if (space) { out += ' '; ++chars; space = false; }
    out.append(raw, i, len);
    ++chars;
  }
  return out;
}

}  // namespace xxgk::reading
