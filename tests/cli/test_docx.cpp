#include <doctest/doctest.h>
#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

#include "docx.h"
#include "zip.h"

using namespace xxgk_cli;

namespace {

void put16(std::string& s, uint32_t v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& s, uint32_t v) {
  put16(s, v & 0xFFFF);
  put16(s, v >> 16);
}

std::string raw_deflate(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

// A ZIP archive of (name, content) entries, deflated or stored.
std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries, bool deflated) {
  std::string z, cd;
  for (const auto& [name, content] : entries) {
    const std::string data = deflated ? raw_deflate(content) : content;
    const uint32_t crc = crc32(0, reinterpret_cast<const Bytef*>(content.data()), static_cast<uInt>(content.size()));
    const uint32_t offset = static_cast<uint32_t>(z.size());
    put32(z, 0x04034b50); put16(z, 20); put16(z, 0); put16(z, deflated ? 8 : 0); put16(z, 0); put16(z, 0);
    put32(z, crc); put32(z, static_cast<uint32_t>(data.size())); put32(z, static_cast<uint32_t>(content.size()));
    put16(z, static_cast<uint32_t>(name.size())); put16(z, 0);
    z += name;
    z += data;
    put32(cd, 0x02014b50); put16(cd, 20); put16(cd, 20); put16(cd, 0); put16(cd, deflated ? 8 : 0);
    put16(cd, 0); put16(cd, 0); put32(cd, crc); put32(cd, static_cast<uint32_t>(data.size()));
    put32(cd, static_cast<uint32_t>(content.size())); put16(cd, static_cast<uint32_t>(name.size()));
    put16(cd, 0); put16(cd, 0); put16(cd, 0); put16(cd, 0); put32(cd, 0); put32(cd, offset);
    cd += name;
  }
  const uint32_t cd_off = static_cast<uint32_t>(z.size());
  z += cd;
  put32(z, 0x06054b50); put16(z, 0); put16(z, 0); put16(z, static_cast<uint32_t>(entries.size()));
  put16(z, static_cast<uint32_t>(entries.size())); put32(z, static_cast<uint32_t>(cd.size())); put32(z, cd_off);
  put16(z, 0);
  return z;
}

const char* kDocument =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
    "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
    "<w:r><w:t>一、总体</w:t></w:r><w:r><w:t xml:space=\"preserve\">情况 &amp; 说明</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>"
    "<w:p><w:r><w:delText>删除的</w:delText><w:instrText>PAGE</w:instrText></w:r></w:p>"
    "<w:tbl><w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>本年新收</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>申请数量</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>49</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>50</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    "<w:p><w:r><w:t>二、主动公开</w:t></w:r></w:p>"
    "<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>框</w:t></w:r></w:p></mc:Choice>"
    "<mc:Fallback><w:p><w:r><w:t>框</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent>"
    "</w:body></w:document>";

const char* kExpected =
    "一、总体情况 & 说明\n甲\t乙\n丙\n\n本年新收 申请数量\t49\t\t50\n1\t2\n二、主动公开\n框\n";

}  // namespace

TEST_CASE("WordprocessingML: paragraphs, tabs, breaks, tables, merged cells, deleted text") {
  CHECK(wordml_to_text(kDocument) == kExpected);
}

TEST_CASE(".docx: deflated and stored archives") {
  for (bool deflated : {true, false}) {
    const std::string z = make_zip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", kDocument}}, deflated);
    const DocxText d = docx_to_text(z);
    REQUIRE(d.ok);
    CHECK(d.text == kExpected);
  }
}

TEST_CASE(".docx: broken archives give a reason, never a crash") {
  const std::string good = make_zip({{"word/document.xml", kDocument}}, true);
  CHECK_FALSE(docx_to_text("").ok);
  CHECK_FALSE(docx_to_text("PK\x03\x04 not really a zip").ok);
  CHECK(docx_to_text(make_zip({{"other.xml", "x"}}, true)).error.find("word/document.xml") != std::string::npos);
  // Every truncation and a flipped byte at every position: no crash, ok or a reason.
  for (size_t cut = 0; cut < good.size(); cut += 7) {
    const DocxText d = docx_to_text(good.substr(0, cut));
    CHECK((d.ok || !d.error.empty()));
  }
  for (size_t p = 0; p < good.size(); p += 3) {
    std::string bad = good;
    bad[p] = static_cast<char>(bad[p] ^ 0x5A);
    const DocxText d = docx_to_text(bad);
    CHECK((d.ok || !d.error.empty()));
  }
}

TEST_CASE("zip bomb guard") {
  const std::string big(1 << 20, 'a');
  const std::string z = make_zip({{"word/document.xml", big}}, true);
  CHECK_FALSE(zip_read(z, "word/document.xml", 1000).ok);
  CHECK(zip_read(z, "word/document.xml").ok);
}
