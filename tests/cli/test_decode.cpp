#include <doctest/doctest.h>

#include <string>

#include "decode.h"

using xxgk_cli::decode_text;

namespace {
std::string utf16(const std::u16string& s, bool le, bool bom) {
  std::string out;
  if (bom) out += le ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t c : s) {
    const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
    out += le ? lo : hi;
    out += le ? hi : lo;
  }
  return out;
}
const char* kText = "一、总体情况\n本年新收申请50件。\n";
}  // namespace

TEST_CASE("UTF-8 with and without BOM") {
  auto d = decode_text(kText);
  CHECK(d.ok);
  CHECK(d.utf8 == kText);
  CHECK(d.encoding == "UTF-8");
  d = decode_text(std::string("\xEF\xBB\xBF") + kText);
  CHECK(d.ok);
  CHECK(d.utf8 == kText);
  CHECK(d.encoding == "UTF-8 BOM");
}

TEST_CASE("UTF-16 with BOM, both byte orders, surrogate pairs") {
  const std::u16string s = u"一、总体情况\n本年新收申请50件。𠀀\n";
  auto le = decode_text(utf16(s, true, true));
  REQUIRE(le.ok);
  CHECK(le.encoding == "UTF-16LE");
  CHECK(le.utf8 == "一、总体情况\n本年新收申请50件。\xF0\xA0\x80\x80\n");
  auto be = decode_text(utf16(s, false, true));
  REQUIRE(be.ok);
  CHECK(be.encoding == "UTF-16BE");
  CHECK(be.utf8 == le.utf8);
}

TEST_CASE("UTF-16 without BOM is refused (NUL bytes), never garbled") {
  auto d = decode_text(utf16(u"report text 2020", true, false));
  CHECK_FALSE(d.ok);
  CHECK(d.error.find("二进制") != std::string::npos);
}

TEST_CASE("GB18030/GBK text is detected") {
  const std::string gbk =
      "\xD6\xD8\xC7\xEC\xCA\xD0\xD5\xFE\xB8\xAE\xD0\xC5\xCF\xA2\xB9\xAB\xBF\xAA\xB9\xA4\xD7\xF7\xC4\xEA\xB6\xC8"
      "\xB1\xA8\xB8\xE6\xA3\xAC\xB1\xBE\xC4\xEA\xD0\xC2\xCA\xD5\xC9\xEA\xC7\xEB\x35\x30\xBC\xFE\xA1\xA3";
  auto d = decode_text(gbk);
  REQUIRE(d.ok);
  CHECK(d.encoding == "GB18030");
  CHECK(d.utf8 == "重庆市政府信息公开工作年度报告，本年新收申请50件。");
}

TEST_CASE("empty, BOM only, binary and Latin-1 are refused with a Chinese reason") {
  CHECK(decode_text("").error == "文件为空");
  CHECK(decode_text("\xEF\xBB\xBF").error == "文件为空");
  CHECK(decode_text("\xFF\xFE").error == "文件为空");
  auto bin = decode_text(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  CHECK_FALSE(bin.ok);
  CHECK(bin.error.find("二进制") != std::string::npos);
  auto latin1 = decode_text("Caf\xE9 r\xE9sum\xE9 na\xEFve \xE0 la carte, \xA3" "5");
  CHECK_FALSE(latin1.ok);
  CHECK(latin1.error.find("编码") != std::string::npos);
  std::string controls;
  for (int i = 0; i < 200; ++i) controls += static_cast<char>(1 + i % 8);
  CHECK_FALSE(decode_text(controls).ok);
}

TEST_CASE("a rare invalid byte in long UTF-8 text is repaired, not refused") {
  std::string s;
  for (int i = 0; i < 200; ++i) s += kText;
  s.insert(100, "\xC3");  // a broken sequence
  auto d = decode_text(s);
  REQUIRE(d.ok);
  CHECK(d.utf8.find("\xEF\xBF\xBD") != std::string::npos);
  CHECK(xxgk_cli::is_valid_utf8(d.utf8));
}

TEST_CASE("UTF-8 validation") {
  using xxgk_cli::is_valid_utf8;
  CHECK(is_valid_utf8("abc 中文 𠀀"));
  CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong
  CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // > U+10FFFF
  CHECK_FALSE(is_valid_utf8("\xE4\xB8"));          // truncated
}
