// Text decoding: one decoder for the CLI and the page (core/src/document/text_decode.cpp).
#include <unicode/ucnv.h>

#include <memory>
#include <string>

#include "document/gb18030.h"
#include "helpers.h"
#include "input.h"
#include "xxgk/check.h"

using xxgk::ReadingRepair;
using xxgk::ReadStatus;
using xxgk::read_document;

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
const std::string kGbk =  // "重庆市政府信息公开工作年度报告，本年新收申请50件。" in GBK
    "\xD6\xD8\xC7\xEC\xCA\xD0\xD5\xFE\xB8\xAE\xD0\xC5\xCF\xA2\xB9\xAB\xBF\xAA\xB9\xA4\xD7\xF7\xC4\xEA\xB6\xC8"
    "\xB1\xA8\xB8\xE6\xA3\xAC\xB1\xBE\xC4\xEA\xD0\xC2\xCA\xD5\xC9\xEA\xC7\xEB\x35\x30\xBC\xFE\xA1\xA3";

}  // namespace

TEST_CASE("UTF-8 with and without BOM") {
  auto r = read_document(kText, "a.txt");
  REQUIRE(r.ok());
  CHECK(r.document.text == kText);
  CHECK(r.document.encoding == "UTF-8");
  CHECK(r.document.repairs.empty());
  r = read_document(std::string("\xEF\xBB\xBF") + kText, "a.txt");
  REQUIRE(r.ok());
  CHECK(r.document.text == kText);
  CHECK(r.document.encoding == "UTF-8 BOM");
}

TEST_CASE("UTF-16 LE/BE with BOM and without BOM (told by the NUL bytes), surrogate pairs") {
  const std::u16string s = u"一、总体情况\n本年新收申请50件。𠀀\n2023年\n";
  const std::string want = "一、总体情况\n本年新收申请50件。\xF0\xA0\x80\x80\n2023年\n";
  for (bool le : {true, false})
    for (bool bom : {true, false}) {
      CAPTURE(le);
      CAPTURE(bom);
      auto r = read_document(utf16(s, le, bom), "a.txt");
      REQUIRE(r.ok());
      CHECK(r.document.text == want);
      CHECK(r.document.encoding == (le ? "UTF-16LE" : "UTF-16BE"));
    }
}

TEST_CASE("GB18030/GBK text is detected") {
  auto r = read_document(kGbk, "a.txt");
  REQUIRE(r.ok());
  CHECK(r.document.encoding == "GB18030");
  CHECK(r.document.text == "重庆市政府信息公开工作年度报告，本年新收申请50件。");
}

TEST_CASE("the GB18030 table decodes every two-byte and every BMP four-byte sequence as ICU does") {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open("GB18030", &err), ucnv_close);
  REQUIRE(U_SUCCESS(err));
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);  // unassigned: an error
  auto icu = [&](const std::string& b) -> char32_t {
    UErrorCode e = U_ZERO_ERROR;
    const char* src = b.data();
    ucnv_reset(conv.get());
    const UChar32 c = ucnv_getNextUChar(conv.get(), &src, b.data() + b.size(), &e);
    return U_SUCCESS(e) && src == b.data() + b.size() ? static_cast<char32_t>(c) : 0xFFFFFFFF;
  };
  size_t checked = 0, differ = 0;
  for (int lead = 0x81; lead <= 0xFE; ++lead)
    for (int trail = 0x40; trail <= 0xFE; ++trail) {
      if (trail == 0x7F) continue;
      const std::string b{static_cast<char>(lead), static_cast<char>(trail)};
      char32_t mine = 0xFFFFFFFF;
      if (xxgk::doc::gb18030_decode(b, 0, mine) != 2) mine = 0xFFFFFFFF;
      differ += mine != icu(b);
      ++checked;
    }
  for (int b1 = 0x81; b1 <= 0x84; ++b1)
    for (int b2 = 0x30; b2 <= 0x39; ++b2)
      for (int b3 = 0x81; b3 <= 0xFE; ++b3)
        for (int b4 = 0x30; b4 <= 0x39; ++b4) {
          const std::string b{static_cast<char>(b1), static_cast<char>(b2), static_cast<char>(b3), static_cast<char>(b4)};
          char32_t mine = 0xFFFFFFFF;
          if (xxgk::doc::gb18030_decode(b, 0, mine) != 4) mine = 0xFFFFFFFF;
          const char32_t ref = icu(b);
          if (ref == 0xFFFFFFFF && mine == 0xFFFFFFFF) continue;
          differ += mine != ref;
          ++checked;
        }
  char32_t sup = 0;
  CHECK(xxgk::doc::gb18030_decode("\x95\x32\x82\x36", 0, sup) == 4);
  CHECK(sup == 0x20000);
  CHECK(checked > 23940 + 39000);
  CHECK(differ == 0);
}

TEST_CASE("one bad byte in UTF-8: the right text and a repair that points at the replacement") {
  std::string bytes;
  for (int i = 0; i < 50; ++i) bytes += kText;
  bytes.insert(28, "\xC3");  // a broken sequence before 收 (a lead byte without its continuation)
  auto r = read_document(bytes, "a.txt");
  REQUIRE(r.ok());
  REQUIRE(r.document.repairs.size() == 1);
  const ReadingRepair& rep = r.document.repairs[0];
  CHECK(rep.kind == ReadingRepair::Kind::invalid_bytes_replaced);
  CHECK(r.document.text.substr(rep.begin, rep.end - rep.begin) == "\xEF\xBF\xBD");
  std::string want = bytes;
  want.replace(28, 1, "\xEF\xBF\xBD");
  CHECK(r.document.text == want);
  CHECK(rep.detail.find("0xC3") != std::string::npos);
  // The checker reports it as a finding quoting the place (UTF-16 span of the replacement).
  const xxgk::Result checked = xxgk::check(r.document);
  bool found = false;
  for (const auto& f : checked.findings)
    if (f.rule == "input.text_repaired") found = f.span.end == f.span.begin + 1;
  CHECK(found);
}

TEST_CASE("a GBK character inside UTF-8 text is read as GBK and noted") {
  std::string bytes = std::string(kText) + "本年新收申请" + "\xD6\xD8" /* 重 in GBK */ + "50件。\n";
  for (int i = 0; i < 20; ++i) bytes += kText;
  auto r = read_document(bytes, "a.txt");
  REQUIRE(r.ok());
  REQUIRE(r.document.repairs.size() == 1);
  const ReadingRepair& rep = r.document.repairs[0];
  CHECK(rep.kind == ReadingRepair::Kind::mixed_encoding);
  CHECK(r.document.text.substr(rep.begin, rep.end - rep.begin) == "重");
}

TEST_CASE("refusals say what to do, in Chinese") {
  CHECK(read_document("", "a.txt").status == ReadStatus::empty);
  CHECK(read_document("\xEF\xBB\xBF", "a.txt").status == ReadStatus::empty);
  CHECK(read_document("  \n\t\n", "a.txt").status == ReadStatus::empty);
  const auto latin1 = read_document("Caf\xE9 r\xE9sum\xE9 na\xEFve \xE0 la carte, \xA3" "5 Caf\xE9 na\xEFve", "a.txt");
  CHECK(latin1.status == ReadStatus::undecodable);
  CHECK(latin1.message.find("请另存为 UTF-8 或 GB18030 编码的文本") != std::string::npos);
  const auto bin = read_document(std::string("\x01\x02\x03\x04\x05\x06\x07\x08\x01\x02\x03 text", 16), "a.txt");
  CHECK(bin.status == ReadStatus::unsupported);
  std::string utf32;
  for (char c : std::string("report 2023\n")) utf32 += std::string{c, 0, 0, 0};
  CHECK(read_document(utf32, "a.txt").message.find("UTF-32") != std::string::npos);
}

TEST_CASE("bytes decide the reader, not the name") {
  const std::string docx = test_doc::docx_with("<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
  auto r = read_document(docx, "renamed.txt");
  REQUIRE(r.ok());
  CHECK(r.document.kind == xxgk::SourceKind::docx);
  CHECK(r.document.text == "正文\n");
  const auto doc = read_document(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, '\0'), "r.doc");
  CHECK(doc.status == ReadStatus::unsupported);
  CHECK(doc.message.find("请在 Word 中另存为 .docx 后再试") != std::string::npos);
  const auto png = read_document(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "scan.txt");
  CHECK(png.status == ReadStatus::unsupported);
  CHECK(png.message.find("图片") != std::string::npos);
  CHECK(read_document("%PDF-1.7\n...", "x.txt").status == ReadStatus::needs_pdf_runs);
  CHECK(read_document("<!DOCTYPE html><p>网页</p>", "").document.kind == xxgk::SourceKind::html);
}

TEST_CASE("over-limit input is refused at once") {
  xxgk::ReadLimits limits;
  limits.max_input_bytes = 1000;
  const auto r = read_document(std::string(2000, 'a'), "a.txt", limits);
  CHECK(r.status == ReadStatus::too_large);
  CHECK(r.message.find("上限") != std::string::npos);
}

TEST_CASE("text of blanks only (no-break, ideographic, zero-width spaces) is nothing to read, said in Chinese") {
  auto r = read_document("\xE3\x80\x80 \xC2\xA0\n\xE2\x80\x8B\t", "a.txt");
  CHECK(r.status == ReadStatus::empty);
  CHECK(r.message == "文件中没有文字");
  r = xxgk_cli::read_bytes("<html><body><p>\xE3\x80\x80&nbsp;</p></body></html>", "a.html");  // as the CLI reads HTML
  CHECK(r.status == ReadStatus::empty);
  // One visible character is text.
  r = read_document("\xE3\x80\x80" "a", "a.txt");
  CHECK(r.ok());
}
