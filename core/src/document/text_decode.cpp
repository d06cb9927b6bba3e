#include "document/text_decode.h"

#include <cstdio>

#include "document/gb18030.h"
#include "document/messages.h"
#include "text/blank.h"
#include "text/utf8.h"

namespace xxgk::doc {
namespace {

constexpr size_t kMaxRepairsListed = 100;

unsigned byte_at(std::string_view s, size_t i) { return static_cast<unsigned char>(s[i]); }

bool has_prefix(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool is_cjk(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x3000 && c <= 0x303F) ||
         (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x2000 && c <= 0x206F) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x2FA1F);
}

bool is_bad_control(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1A) || c == 0x7F;
}

// Binary data that happens to decode: more than 1 % control characters, or any NUL.
bool looks_binary(std::string_view utf8) {
  size_t chars = 0, controls = 0, len = 0;
  for (size_t i = 0; i < utf8.size(); i += len) {
    const char32_t c = utf8::decode(utf8, i, len);
    ++chars;
    if (c == 0) return true;
    if (is_bad_control(c)) ++controls;
  }
  return controls * 100 > chars;
}

std::string hex_bytes(std::string_view b) {
  std::string out;
  char buf[8];
  for (size_t i = 0; i < b.size() && i < 4; ++i) {
    std::snprintf(buf, sizeof buf, "%s0x%02X", i ? " " : "", byte_at(b, i));
    out += buf;
  }
  return out;
}

// Appends the repair, or counts it once kMaxRepairsListed are listed.
void add_repair(DecodedText& d, ReadingRepair r, size_t& unlisted) {
  if (d.repairs.size() < kMaxRepairsListed) d.repairs.push_back(std::move(r));
  else ++unlisted;
}

void note_unlisted(DecodedText& d, size_t unlisted) {
  if (unlisted && !d.repairs.empty())
    d.repairs.back().detail += "（其后还有 " + std::to_string(unlisted) + " 处同类问题）";
}

DecodedText finish(DecodedText d) {
  if (d.status != ReadStatus::ok) return d;
  if (!text::has_visible_text(d.text)) {
    d.status = ReadStatus::empty;
    d.message = d.text.empty() ? msg::kEmptyFile : msg::kNoTextInFile;
  } else if (looks_binary(d.text)) {
    d.status = ReadStatus::unsupported;
    d.message = msg::kBinary;
  }
  if (d.status != ReadStatus::ok) {
    d.text.clear();
    d.repairs.clear();
  }
  return d;
}

DecodedText failed(ReadStatus status, const char* message) {
  DecodedText d;
  d.status = status;
  d.message = message;
  return d;
}

DecodedText from_utf16(std::string_view b, bool little_endian, const char* name) {
  DecodedText d;
  d.encoding = name;
  const size_t units = b.size() / 2;
  auto unit = [&](size_t k) -> char32_t {
    const unsigned lo = byte_at(b, 2 * k + (little_endian ? 0 : 1));
    const unsigned hi = byte_at(b, 2 * k + (little_endian ? 1 : 0));
    return lo | (hi << 8);
  };
  d.text.reserve(units * 3);
  size_t unlisted = 0;
  for (size_t k = 0; k < units; ++k) {
    char32_t c = unit(k);
    const bool lead = c >= 0xD800 && c <= 0xDBFF;
    if (lead && k + 1 < units && unit(k + 1) >= 0xDC00 && unit(k + 1) <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (unit(k + 1) - 0xDC00);
      ++k;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      const size_t at = d.text.size();
      utf8::append(d.text, 0xFFFD);
      add_repair(d, {ReadingRepair::Kind::invalid_bytes_replaced, at, d.text.size(),
                     "无效的 UTF-16 代理项 " + hex_bytes(b.substr(2 * k, 2)) + " 已替换为 �"}, unlisted);
      continue;
    }
    utf8::append(d.text, c);
  }
  if (b.size() % 2) {
    const size_t at = d.text.size();
    utf8::append(d.text, 0xFFFD);
    add_repair(d, {ReadingRepair::Kind::invalid_bytes_replaced, at, d.text.size(), "文件末尾多出 1 个字节，已替换为 �"},
               unlisted);
  }
  note_unlisted(d, unlisted);
  return d;
}

// UTF-16 without BOM: ASCII characters (digits, line ends) put NUL bytes on one side only.
int utf16_order_by_nuls(std::string_view b) {  // 1 little endian, -1 big endian, 0 neither
  if (b.size() < 4) return 0;
  size_t even = 0, odd = 0;
  for (size_t i = 0; i + 1 < b.size(); i += 2) {
    even += b[i] == 0;
    odd += b[i + 1] == 0;
  }
  const size_t units = b.size() / 2;
  if (odd * 10 >= units && even * 3 <= odd) return 1;
  if (even * 10 >= units && odd * 3 <= even) return -1;
  return 0;
}

bool looks_utf32(std::string_view b) {
  if (b.size() < 8 || b.size() % 4) return false;
  size_t zero_pairs = 0;
  for (size_t i = 0; i + 3 < b.size(); i += 4)
    zero_pairs += (b[i + 2] == 0 && b[i + 3] == 0) || (b[i] == 0 && b[i + 1] == 0);
  return zero_pairs * 10 >= (b.size() / 4) * 9;
}

struct Utf8Census {
  size_t multibyte = 0;   // valid sequences of 2-4 bytes
  size_t invalid = 0;     // invalid sequences
  size_t foreign = 0;     // valid, but a letter no Chinese report uses (see foreign_letter)
};

// A two-byte UTF-8 letter from U+0100..U+07FF (Latin Extended, Greek, Cyrillic, Hebrew, Arabic…):
// in a Chinese report it is most likely a GBK character that happens to be valid UTF-8
// (注 = D7 A2 reads as the Hebrew U+05E2).
bool foreign_letter(char32_t c) { return c >= 0x100 && c <= 0x7FF; }

Utf8Census census(std::string_view b) {
  Utf8Census c;
  size_t len = 0;
  for (size_t i = 0; i < b.size(); i += len) {
    if (byte_at(b, i) < 0x80) { len = 1; continue; }
    const char32_t cp = utf8::decode(b, i, len);
    if (cp == 0xFFFD && len == 1) {
      ++c.invalid;
      while (i + len < b.size() && (byte_at(b, i + len) & 0xC0) == 0x80) ++len;
    } else {
      ++c.multibyte;
      c.foreign += foreign_letter(cp) ? 1 : 0;
    }
  }
  return c;
}

// The whole input as GB18030, when every sequence is valid and the result is mostly CJK
// (Latin-1 or binary data also decodes as GB18030, into odd characters).
bool decode_gb18030(std::string_view b, std::string& out) {
  out.clear();
  out.reserve(b.size() * 3 / 2);
  size_t cjk = 0, non_ascii = 0;
  for (size_t i = 0; i < b.size();) {
    char32_t c = 0;
    const size_t n = gb18030_decode(b, i, c);
    if (n == 0) return false;
    if (c >= 0x80) {
      ++non_ascii;
      cjk += is_cjk(c);
    }
    utf8::append(out, c);
    i += n;
  }
  return non_ascii > 0 && cjk * 10 >= non_ascii * 7;
}

// UTF-8 with each invalid sequence repaired: a GBK character there (text pasted from an older
// file) is decoded and noted; anything else becomes U+FFFD and is noted.
DecodedText repair_utf8(std::string_view b, std::string encoding) {
  DecodedText d;
  d.encoding = std::move(encoding);
  d.text.reserve(b.size());
  size_t unlisted = 0, len = 0;
  // UTF-8 reads plainly at i: a valid sequence that is no foreign letter.
  auto plain = [&](size_t i, size_t& l) {
    const char32_t c = utf8::decode(b, i, l);
    return !(c == 0xFFFD && l == 1) && !foreign_letter(c);
  };
  for (size_t i = 0; i < b.size(); i += len) {
    if (plain(i, len)) {
      d.text.append(b.data() + i, len);
      continue;
    }
    // A run of GBK characters (text pasted from an older file) where UTF-8 is broken or reads as
    // foreign letters: each one a CJK character in GBK, the run ending where UTF-8 reads again.
    const size_t at = d.text.size();
    std::u32string run;
    size_t j = i, l = 0;
    while (j < b.size() && !plain(j, l)) {
      char32_t gb = 0;
      const size_t n = gb18030_decode(b, j, gb);
      if (n < 2 || !is_cjk(gb)) break;
      run += gb;
      j += n;
    }
    const bool ends_clean = j >= b.size() || (byte_at(b, j) & 0xC0) != 0x80;
    // One stray byte before good UTF-8 (a lead byte without its continuation) is that, not GBK.
    bool stray = false;
    if (len == 1 && i + 1 < j) {
      stray = true;
      for (size_t k = i + 1; k < j && stray; k += l) stray = plain(k, l) && l >= 2;
    }
    if (!run.empty() && ends_clean && !stray) {
      len = j - i;
      for (char32_t c : run) utf8::append(d.text, c);
      add_repair(d, {ReadingRepair::Kind::mixed_encoding, at, d.text.size(),
                     "UTF-8 文本中夹有 GBK 编码的字符（" + hex_bytes(b.substr(i, len)) + "），已按 GBK 读取"},
                 unlisted);
      continue;
    }
    const char32_t cp = utf8::decode(b, i, len);
    if (!(cp == 0xFFFD && len == 1)) {  // a foreign letter that is no GBK either: kept
      d.text.append(b.data() + i, len);
      continue;
    }
    while (i + len < b.size() && (byte_at(b, i + len) & 0xC0) == 0x80) ++len;
    utf8::append(d.text, 0xFFFD);
    add_repair(d, {ReadingRepair::Kind::invalid_bytes_replaced, at, d.text.size(),
                   "无效的 UTF-8 字节 " + hex_bytes(b.substr(i, len)) + " 已替换为 �"},
               unlisted);
  }
  note_unlisted(d, unlisted);
  return d;
}

}  // namespace

DecodedText decode_text(std::string_view b) {
  if (b.empty()) return failed(ReadStatus::empty, msg::kEmptyFile);
  if (has_prefix(b, std::string_view("\xFF\xFE\0\0", 4)) || has_prefix(b, std::string_view("\0\0\xFE\xFF", 4)) || looks_utf32(b))
    return failed(ReadStatus::undecodable, msg::kUtf32);
  if (has_prefix(b, "\xFF\xFE")) return finish(from_utf16(b.substr(2), true, "UTF-16LE"));
  if (has_prefix(b, "\xFE\xFF")) return finish(from_utf16(b.substr(2), false, "UTF-16BE"));
  if (has_prefix(b, "\xEF\xBB\xBF")) return finish(repair_utf8(b.substr(3), "UTF-8 BOM"));
  if (const int order = utf16_order_by_nuls(b)) {
    return finish(from_utf16(b, order > 0, order > 0 ? "UTF-16LE" : "UTF-16BE"));
  }
  if (b.find('\0') != std::string_view::npos) return failed(ReadStatus::unsupported, msg::kBinary);

  const Utf8Census c = census(b);
  if (c.invalid == 0 && c.foreign == 0) {
    DecodedText d;
    d.text.assign(b.data(), b.size());
    d.encoding = "UTF-8";
    return finish(std::move(d));
  }
  // UTF-8 with a few bad bytes: at most 1 % of the non-ASCII sequences broken, or a short text
  // with ten valid sequences for each broken one (GBK bytes seldom look like UTF-8).
  const bool mostly_utf8 = c.invalid * 100 <= c.multibyte || c.multibyte >= 10 * c.invalid;
  std::string gb;
  if (!mostly_utf8 && decode_gb18030(b, gb)) {
    DecodedText d;
    d.text = std::move(gb);
    d.encoding = "GB18030";
    return finish(std::move(d));
  }
  if (!mostly_utf8) return failed(ReadStatus::undecodable, msg::kUndecodable);
  return finish(repair_utf8(b, "UTF-8"));
}

DecodedText decode_declared(std::string_view b, std::string_view encoding) {
  if (has_prefix(b, "\xEF\xBB\xBF") || has_prefix(b, "\xFF\xFE") || has_prefix(b, "\xFE\xFF")) return decode_text(b);
  if (encoding != "GB18030") return finish(repair_utf8(b, "UTF-8"));
  DecodedText d;
  d.encoding = "GB18030";
  d.text.reserve(b.size() * 3 / 2);
  size_t unlisted = 0;
  for (size_t i = 0; i < b.size();) {
    char32_t c = 0;
    size_t n = gb18030_decode(b, i, c);
    const size_t at = d.text.size();
    if (n == 0) {
      n = 1;
      utf8::append(d.text, 0xFFFD);
      add_repair(d, {ReadingRepair::Kind::invalid_bytes_replaced, at, d.text.size(),
                     "无效的 GB18030 字节 " + hex_bytes(b.substr(i, 1)) + " 已替换为 �"}, unlisted);
    } else {
      utf8::append(d.text, c);
    }
    i += n;
  }
  note_unlisted(d, unlisted);
  return finish(std::move(d));
}

std::string valid_utf8(std::string_view b) {
  std::string out;
  out.reserve(b.size());
  size_t len = 0;
  for (size_t i = 0; i < b.size(); i += len) {
    const char32_t cp = utf8::decode(b, i, len);
    if (cp == 0xFFFD && len == 1) {
      while (i + len < b.size() && (byte_at(b, i + len) & 0xC0) == 0x80) ++len;
      out += "\xEF\xBF\xBD";
    } else {
      out.append(b.data() + i, len);
    }
  }
  return out;
}

}  // namespace xxgk::doc
