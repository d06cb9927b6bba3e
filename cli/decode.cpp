#include "decode.h"

#include <unicode/ucnv.h>
#include <unicode/utf16.h>

#include <memory>
#include <vector>

namespace xxgk_cli {
namespace {

// Share of invalid sequences tolerated in otherwise valid UTF-8 (replaced by U+FFFD).
constexpr double kMaxInvalidShare = 0.001;

bool is_cjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x3000 && c <= 0x303F) ||  // CJK punctuation
         (c >= 0xFF00 && c <= 0xFFEF) ||  // full-width forms
         (c >= 0x2000 && c <= 0x206F) ||  // general punctuation (“” …)
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

bool bad_control(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A) ||
         c == 0x7F;
}

// Decodes one UTF-8 sequence at s[i]; returns its length, 0 when invalid.
size_t utf8_seq(std::string_view s, size_t i, char32_t& cp) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { cp = c; return 1; }
  size_t n;
  char32_t min;
  if (c >= 0xC2 && c <= 0xDF) { n = 2; cp = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { n = 3; cp = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { n = 4; cp = c & 0x07; min = 0x10000; }
  else return 0;
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    const unsigned char t = static_cast<unsigned char>(s[i + k]);
    if ((t & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (t & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

Decoded fail(std::string why) {
  Decoded d;
  d.error = std::move(why);
  return d;
}

// Refuses text that is mostly control characters (binary data that happens to decode).
bool looks_binary(std::string_view utf8) {
  size_t chars = 0, controls = 0;
  for (size_t i = 0; i < utf8.size();) {
    char32_t cp = 0xFFFD;
    size_t n = utf8_seq(utf8, i, cp);
    if (n == 0) n = 1;
    ++chars;
    if (bad_control(cp)) ++controls;
    i += n;
  }
  return chars > 0 && controls * 100 > chars;  // more than 1 %
}

Decoded from_utf16(std::string_view b, bool le, const char* name) {
  if (b.size() % 2 != 0) b.remove_suffix(1);  // a stray last byte: dropped
  const size_t units = b.size() / 2;
  auto unit = [&](size_t k) -> char16_t {
    const auto lo = static_cast<unsigned char>(b[2 * k + (le ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(b[2 * k + (le ? 1 : 0)]);
    return static_cast<char16_t>(lo | (hi << 8));
  };
  Decoded d;
  d.utf8.reserve(units * 3);
  size_t invalid = 0, nul = 0;
  for (size_t k = 0; k < units; ++k) {
    char32_t c = unit(k);
    if (U16_IS_LEAD(c) && k + 1 < units && U16_IS_TRAIL(unit(k + 1))) {
      c = U16_GET_SUPPLEMENTARY(c, unit(k + 1));
      ++k;
    } else if (U16_IS_SURROGATE(c)) {
      ++invalid;
      c = 0xFFFD;
    }
    if (c == 0) ++nul;
    append_utf8(d.utf8, c);
  }
  if (nul > 0) return fail("看起来是二进制文件（含 NUL 字符），不是文本");
  if (invalid > 0 && static_cast<double>(invalid) > kMaxInvalidShare * static_cast<double>(units))
    return fail(std::string("不是有效的 ") + name + " 文本（无效代理项过多）");
  if (d.utf8.empty()) return fail("文件为空");
  if (looks_binary(d.utf8)) return fail("看起来是二进制文件（控制字符过多），不是文本");
  d.ok = true;
  d.encoding = name;
  return d;
}

// GB18030 through ICU, stopping at the first unmappable or illegal sequence.
bool from_gb18030(std::string_view b, std::string& out) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open("GB18030", &err), ucnv_close);
  if (U_FAILURE(err)) return false;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return false;
  std::vector<UChar> buf(b.size() + 1);
  const int32_t len = ucnv_toUChars(conv.get(), buf.data(), static_cast<int32_t>(buf.size()), b.data(),
                                    static_cast<int32_t>(b.size()), &err);
  if (U_FAILURE(err)) return false;
  out.clear();
  out.reserve(static_cast<size_t>(len) * 3 / 2);
  size_t cjk = 0, non_ascii = 0;
  for (int32_t i = 0; i < len;) {
    UChar32 c;
    U16_NEXT(buf.data(), i, len, c);
    if (c >= 0x80) {
      ++non_ascii;
      if (is_cjk(static_cast<char32_t>(c))) ++cjk;
    }
    append_utf8(out, static_cast<char32_t>(c));
  }
  // "Mostly CJK": Latin-1 or binary data also decodes as GB18030, into odd characters.
  return non_ascii > 0 && cjk * 10 >= non_ascii * 7;
}

}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_valid_utf8(std::string_view s) {
  char32_t cp;
  for (size_t i = 0; i < s.size();) {
    // Fast path over ASCII.
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    const size_t n = utf8_seq(s, i, cp);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

size_t repair_utf8(std::string_view s, std::string* out) {
  size_t invalid = 0;
  if (out) { out->clear(); out->reserve(s.size()); }
  char32_t cp;
  for (size_t i = 0; i < s.size();) {
    const size_t n = utf8_seq(s, i, cp);
    if (n == 0) {
      ++invalid;
      if (out) out->append("\xEF\xBF\xBD");
      ++i;
      // Skip the continuation bytes of the broken sequence: one U+FFFD per sequence.
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
      continue;
    }
    if (out) out->append(s.data() + i, n);
    i += n;
  }
  return invalid;
}

Decoded decode_text(std::string_view b) {
  if (b.empty()) return fail("文件为空");
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFF && static_cast<unsigned char>(b[1]) == 0xFE)
    return from_utf16(b.substr(2), true, "UTF-16LE");
  if (b.size() >= 2 && static_cast<unsigned char>(b[0]) == 0xFE && static_cast<unsigned char>(b[1]) == 0xFF)
    return from_utf16(b.substr(2), false, "UTF-16BE");
  std::string enc = "UTF-8";
  if (b.size() >= 3 && b.substr(0, 3) == "\xEF\xBB\xBF") {
    b.remove_prefix(3);
    enc = "UTF-8 BOM";
    if (b.empty()) return fail("文件为空");
  }
  if (b.find('\0') != std::string_view::npos) return fail("看起来是二进制文件（含 NUL 字节），不是文本");

  Decoded d;
  if (is_valid_utf8(b)) {
    d.utf8.assign(b.data(), b.size());
    d.encoding = enc;
  } else {
    std::string gb;
    if (enc == "UTF-8" && from_gb18030(b, gb)) {
      d.utf8 = std::move(gb);
      d.encoding = "GB18030";
    } else {
      const size_t invalid = repair_utf8(b, &d.utf8);
      if (static_cast<double>(invalid) > kMaxInvalidShare * static_cast<double>(b.size()) + 1)
        return fail("编码无法识别：不是 UTF-8、UTF-16（带 BOM）或 GB18030 文本");
      d.encoding = enc;
    }
  }
  if (looks_binary(d.utf8)) return fail("看起来是二进制文件（控制字符过多），不是文本");
  d.ok = true;
  return d;
}

}  // namespace xxgk_cli
