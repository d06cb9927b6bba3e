#include "document/html_charset.h"

#include <cctype>

namespace xxgk::doc {
namespace {

std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

std::string canonical(std::string_view label) {
  const std::string l = lower(label);
  if (l == "utf-8" || l == "utf8") return "UTF-8";
  if (l == "gbk" || l == "gb2312" || l == "gb18030" || l == "x-gbk" || l == "cp936" || l == "windows-936" ||
      l == "euc-cn" || l == "gb_2312-80" || l == "csgb2312" || l == "chinese")
    return "GB18030";
  return "";
}

}  // namespace

std::string declared_html_charset(std::string_view bytes) {
  const std::string head = lower(bytes.substr(0, 4096));
  for (size_t p = head.find("<meta"); p != std::string::npos; p = head.find("<meta", p + 5)) {
    const size_t end = head.find('>', p);
    const std::string_view tag = std::string_view(head).substr(p, end == std::string::npos ? std::string::npos : end - p);
    const size_t c = tag.find("charset");
    if (c == std::string_view::npos) continue;
    size_t v = c + 7;
    while (v < tag.size() && (tag[v] == ' ' || tag[v] == '=' || tag[v] == '"' || tag[v] == '\'')) ++v;
    size_t e = v;
    while (e < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[e])) || tag[e] == '-' || tag[e] == '_')) ++e;
    const std::string found = canonical(tag.substr(v, e - v));
    if (!found.empty()) return found;
  }
  return "";
}

DecodedText decode_html(std::string_view bytes) {
  // Clean UTF-8 is UTF-8 whatever the page declares (templates copied with a stale charset);
  // otherwise a declared GBK wins over guessing, and a declared UTF-8 that is not is guessed.
  DecodedText guessed = decode_text(bytes);
  const bool clean_utf8 = guessed.status == ReadStatus::ok && guessed.encoding.rfind("UTF-8", 0) == 0 && guessed.repairs.empty();
  if (!clean_utf8 && declared_html_charset(bytes) == "GB18030") return decode_declared(bytes, "GB18030");
  return guessed;
}

}  // namespace xxgk::doc
