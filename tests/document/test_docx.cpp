// .docx: zip + WordprocessingML, tables with merges resolved, hidden text, limits.
#include <string>

#include "helpers.h"

using namespace test_doc;
using xxgk::ReadStatus;
using xxgk::read_document;

namespace {

std::string p(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }
std::string tc(const std::string& content, const std::string& props = "") {
  return "<w:tc><w:tcPr><w:tcW w:w=\"1000\" w:type=\"dxa\"/>" + props + "</w:tcPr>" + content + "</w:tc>";
}

}  // namespace

TEST_CASE(".docx: paragraphs, breaks, merged cells resolved, blank cells kept, CJK joined without space") {
  const std::string body =
      p("一、总体情况") +
      "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t>"
      "<w:br/><w:t>丙 &amp; 丁</w:t></w:r></w:p>"
      "<w:tbl><w:tblGrid/>"
      "<w:tr>" + tc(p("三、本年度") + p("办理结果"), "<w:vMerge w:val=\"restart\"/>") + tc(p("(一)予以公开")) + tc(p("26")) +
      tc(p("")) + "</w:tr>"
      "<w:tr>" + tc("<w:p/>", "<w:vMerge/>") + tc(p("(二)部分公开")) + tc(p("1")) + tc(p("1")) + "</w:tr>"
      "<w:tr>" + tc(p("总计"), "<w:gridSpan w:val=\"2\"/>") + tc(p("5")) + tc(p("5")) + "</w:tr>"
      "</w:tbl>" +
      p("二、主动公开");
  const auto r = read_document(docx_with(body), "r.docx");
  REQUIRE(r.ok());
  const auto& d = r.document;
  CHECK(d.text ==
        "一、总体情况\n甲\t乙\n丙 & 丁\n"
        "三、本年度办理结果\t(一)予以公开\t26\t\n(二)部分公开\t1\t1\n总计\t5\t5\n二、主动公开\n");
  REQUIRE(d.tables.size() == 1);
  const auto& t = d.tables[0];
  CHECK(t.origin == xxgk::DocTable::Origin::markup);
  CHECK(t.rows == 3);
  CHECK(t.columns == 4);
  const auto grid = grid_text(d, t);
  CHECK(grid[0] == std::vector<std::string>{"三、本年度办理结果", "(一)予以公开", "26", ""});
  CHECK(grid[1] == std::vector<std::string>{"", "(二)部分公开", "1", "1"});
  CHECK(grid[2] == std::vector<std::string>{"总计", "", "5", "5"});
  CHECK(t.cells[0].rowspan == 2);
  bool spanned = false;
  for (const auto& c : t.cells) spanned |= c.row == 2 && c.column == 0 && c.colspan == 2;
  CHECK(spanned);
}

TEST_CASE(".docx: hidden text, deleted text, field codes and fallback copies are left out; hidden text noted") {
  const std::string body =
      "<w:p><w:r><w:t>后记</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的批注</w:t></w:r>"
      "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:delText>删除的</w:delText></w:r>"
      "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>框</w:t></w:r></mc:Choice>"
      "<mc:Fallback><w:r><w:t>框</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>";
  const auto r = read_document(docx_with(body), "r.docx");
  REQUIRE(r.ok());
  CHECK(r.document.text == "后记框\n");
  REQUIRE(r.document.repairs.size() == 1);
  CHECK(r.document.repairs[0].kind == xxgk::ReadingRepair::Kind::hidden_text_dropped);
  CHECK(r.document.repairs[0].detail.find("隐藏的批注") != std::string::npos);
}

TEST_CASE(".docx: the main part is found through _rels/.rels; stored entries") {
  const std::string rels =
      "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
      "relationships/officeDocument\" Target=\"/word/main.xml\"/></Relationships>";
  const std::string xml = "<w:document><w:body>" + p("报告正文") + "</w:body></w:document>";
  ZipEntry stored{"word/main.xml", xml, 0,
                  static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(xml.data()), static_cast<uInt>(xml.size()))),
                  static_cast<uint32_t>(xml.size())};
  const auto r = read_document(make_zip({deflated("_rels/.rels", rels), stored}), "r.docx");
  REQUIRE(r.ok());
  CHECK(r.document.text == "报告正文\n");
}

TEST_CASE(".docx: broken archives are refused with a reason, never a crash") {
  const std::string good = docx_with(p("一、总体情况") + "<w:tbl><w:tr>" + tc(p("1")) + "</w:tr></w:tbl>");
  CHECK(read_document("PK\x03\x04 not really a zip", "r.docx").status == ReadStatus::damaged);
  CHECK(read_document(make_zip({deflated("other.xml", "x")}), "r.docx").message.find("正文") != std::string::npos);
  for (size_t cut = 0; cut < good.size(); cut += 5) {
    const auto r = read_document(good.substr(0, cut), "r.docx");
    CHECK((r.ok() || !r.message.empty()));
  }
  for (size_t at = 0; at < good.size(); at += 2) {
    std::string bad = good;
    bad[at] = static_cast<char>(bad[at] ^ 0x5A);
    const auto r = read_document(bad, "r.docx");
    CHECK((r.ok() || !r.message.empty()));
  }
}

TEST_CASE(".docx bombs: an entry that inflates to 250 MB is refused in well under a second") {
  const std::string stream = zero_bomb_stream(250);
  CHECK(stream.size() < 300 * 1024);
  for (uint32_t declared : {250u << 20, 1000u}) {  // the truth, and a lie
    CAPTURE(declared);
    const std::string z = make_zip({deflated("[Content_Types].xml", "<Types/>"),
                                    ZipEntry{"word/document.xml", stream, 8, 0, declared}});
    xxgk::ReadResult r;
    const double s = seconds([&] { r = read_document(z, "bomb.docx"); });
    CHECK(r.status == ReadStatus::too_large);
    CHECK(r.message.find("压缩炸弹") != std::string::npos);
    CHECK(s < 5.0);  // a guard against hanging, not a timing (bench.sh times it)
  }
}

TEST_CASE(".docx limits: per entry, in total, by ratio") {
  std::string numbers;  // 3 MB that deflate like text does (a few times, not a thousand)
  for (uint32_t i = 0; numbers.size() < (3u << 20); ++i) numbers += std::to_string(i * 2654435761u % 1000003) + " ";
  const std::string big = "<w:document><w:body>" + p(numbers) + "</w:body></w:document>";
  const std::string z = make_zip({deflated("word/document.xml", big)});
  xxgk::ReadLimits limits;
  limits.max_entry_bytes = 1 << 20;
  CHECK(read_document(z, "r.docx", limits).status == ReadStatus::too_large);
  limits = {};
  limits.max_inflated_bytes = 2 << 20;
  CHECK(read_document(z, "r.docx", limits).status == ReadStatus::too_large);
  limits = {};
  limits.max_inflate_ratio = 1.5;  // these digits deflate about 2.5:1
  CHECK(read_document(z, "r.docx", limits).status == ReadStatus::too_large);
  CHECK(read_document(z, "r.docx").ok());
}

TEST_CASE(".docx: tables nested beyond the limit are refused") {
  std::string body;
  for (int i = 0; i < 300; ++i) body += "<w:tbl><w:tr><w:tc>";
  body += p("x");
  for (int i = 0; i < 300; ++i) body += "</w:tc></w:tr></w:tbl>";
  const auto r = read_document(docx_with(body), "r.docx");
  CHECK(r.status == ReadStatus::too_large);
  CHECK(r.message.find("嵌套") != std::string::npos);
}
