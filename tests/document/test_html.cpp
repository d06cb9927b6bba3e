// HTML as the CLI reads it (gumbo's tree → the core's HTML reader): blocks as lines, tables with rowspan/colspan, charset, what must not swallow
// the page.
#include <string>

#include "helpers.h"
#include "input.h"
#include "xxgk/document_json.h"

using namespace test_doc;
using xxgk::ReadStatus;
using xxgk_cli::read_bytes;

TEST_CASE("HTML: tables with rowspan/colspan, blank cells as empty fields, blocks as lines") {
  const std::string h =
      "<html><head><title>报告</title><style>td{color:red}</style><script>var a='<td>';</script></head>"
      "<body><p>一、总体情况</p>\n<table>\n<tr><td rowspan=2>项目</td><td colspan=2>申请人</td></tr>"
      "<tr><td>自然人</td><td>总计</td></tr>\n"
      "<tr>\n <td><p>一、本年新收</p><p>申请数量</p></td>\n <td>49</td>\n <td>50</td>\n</tr>"
      "<tr><td>二、上年结转</td><td></td><td>0</td></tr></table><p>二、主动 &amp; 公开<br>第二行</p></body></html>";
  const auto r = read_bytes(h, "r.html");
  REQUIRE(r.ok());
  const auto& d = r.document;
  CHECK(d.text ==
        "报告\n一、总体情况\n项目\t申请人\n自然人\t总计\n一、本年新收申请数量\t49\t50\n二、上年结转\t\t0\n"
        "二、主动 & 公开\n第二行\n");
  REQUIRE(d.tables.size() == 1);
  const auto grid = grid_text(d, d.tables[0]);
  CHECK(grid.size() == 4);
  CHECK(grid[0] == std::vector<std::string>{"项目", "申请人", ""});
  CHECK(grid[1] == std::vector<std::string>{"", "自然人", "总计"});
  CHECK(grid[3] == std::vector<std::string>{"二、上年结转", "", "0"});
}

TEST_CASE("HTML: the declared charset (GBK) is used") {
  const std::string gbk_body = "\xD6\xD8\xC7\xEC";  // 重庆
  const std::string h = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                        "<body><p>" + gbk_body + "</p></body></html>";
  const auto r = read_bytes(h, "page.htm");
  REQUIRE(r.ok());
  CHECK(r.document.text == "重庆\n");
  CHECK(r.document.encoding == "GB18030");
}

TEST_CASE("HTML: an unclosed comment or script does not swallow the report") {
  for (const std::string opener : {"<!-- 统计代码", "<script>var x = 1;", "<style>p{}"}) {
    CAPTURE(opener);
    const auto r = read_bytes("<html><body>" + opener + "\n<p>一、总体情况</p><table><tr><td>规章</td><td>3</td></tr></table>",
                                 "r.html");
    REQUIRE(r.ok());
    CHECK(r.document.text.find("一、总体情况") != std::string::npos);
    CHECK(r.document.text.find("规章\t3") != std::string::npos);
  }
  CHECK(read_bytes("<html><body><script>only code</script></body></html>", "r.html").message == "网页中没有文字内容");
}

TEST_CASE("HTML: deep nesting is refused quickly; huge spans are bounded") {
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += "x";
  xxgk::ReadResult r;
  CHECK(seconds([&] { r = read_bytes(deep, "r.html"); }) < 1.0);
  CHECK(r.status == ReadStatus::too_large);
  const auto spans = read_bytes("<table><tr><td rowspan=99999999 colspan=99999999>a</td><td>1</td></tr></table>", "r.html");
  REQUIRE(spans.ok());
  CHECK(spans.document.tables.at(0).columns <= 1001);
}

TEST_CASE("pasted text/html of a table with blank cells keeps every cell") {
  const std::string clip =
      "<meta charset='utf-8'><table><tbody><tr><td>规章</td><td>0</td><td></td><td>5</td></tr>"
      "<tr><td>行政规范性文件</td><td></td><td></td><td>7</td></tr></tbody></table>";
  const auto r = read_bytes(clip, "clipboard.html");
  REQUIRE(r.ok());
  CHECK(r.document.text == "规章\t0\t\t5\n行政规范性文件\t\t\t7\n");
  CHECK(grid_text(r.document, r.document.tables.at(0))[1] == std::vector<std::string>{"行政规范性文件", "", "", "7"});
}

TEST_CASE("HTML: what the page hides (hidden, display:none) is left out and noted where it was") {
  const std::string h =
      "<html><body><p>一、总体情况</p><div style=\"color:red; DISPLAY : none\">分享到微信</div>"
      "<p hidden>隐藏段落</p><p style=\"mydisplay:none\">可见</p>"
      "<table><tr><td>规章</td><td style=\"display:none\">9</td><td>3</td></tr>"
      "<tr style=\"display:none\"><td>旧行</td><td>1</td></tr><tr><td>规范性文件</td><td>4</td></tr></table></body></html>";
  const auto r = read_bytes(h, "r.html");
  REQUIRE(r.ok());
  const auto& d = r.document;
  CHECK(d.text == "一、总体情况\n可见\n规章\t3\n规范性文件\t4\n");
  CHECK(grid_text(d, d.tables.at(0)) == std::vector<std::vector<std::string>>{{"规章", "3"}, {"规范性文件", "4"}});
  REQUIRE(d.repairs.size() == 4);
  CHECK(d.repairs[0].detail == "网页中的隐藏文字“分享到微信”未读入");
  CHECK(d.repairs[0].begin == d.text.find("可见"));
  CHECK(d.repairs[1].detail == "网页中的隐藏文字“隐藏段落”未读入");
  CHECK(d.repairs[2].detail == "网页中的隐藏文字“旧行 1”未读入");
  CHECK(d.repairs[3].detail == "网页中的隐藏文字“9”未读入");
  CHECK(d.repairs[3].begin == d.tables.at(0).begin);
}

TEST_CASE("HTML tree from the page (JSON): the same reader; malformed or too deep trees are refused") {
  const auto page = xxgk::read_document("<p>规章</p>", "r.html");
  REQUIRE(page.status == ReadStatus::needs_html_tree);
  CHECK(page.document.text == "<p>规章</p>");
  const auto tree = xxgk::html_tree_from_json(
      R"([[-1,"html"],[0,"head"],[0,"body"],[2,"table"],[3,"tbody"],[4,"tr"],[5,"td",{"colspan":"2"}],[6,"#text","规章"],)"
      R"([4,"tr"],[8,"td"],[8,"td"],[10,"#text","5"]])");
  REQUIRE(tree.size() == 12);
  const auto r = xxgk::document_from_html_tree(page.document, tree);
  REQUIRE(r.ok());
  CHECK(r.document.text == "规章\n\t5\n");
  CHECK(r.document.tables.at(0).cells.at(0).colspan == 2);
  CHECK(xxgk::html_tree_from_json("[[0]]").empty());
  CHECK(xxgk::document_from_html_tree(page.document, {}).status == ReadStatus::damaged);
  CHECK(xxgk::document_from_html_tree(page.document, xxgk::html_tree_from_json(R"([[-1,"html"],[0,"#text","a"],[1,"p"]])"))
            .message == "网页的解析结果无效");
  xxgk::HtmlTree deep{{-1, "html", "", {}}};
  for (int i = 1; i < 100000; ++i) deep.push_back({i - 1, "span", "", {}});
  CHECK(xxgk::document_from_html_tree(page.document, deep).status == ReadStatus::too_large);
}

TEST_CASE("HTML: the markup handed to a parser applies no inline style (style elements gone, style attributes renamed)") {
  const auto page = xxgk::read_document(
      "<html><head><style>td{color:red}</style><title>a <b style=x></title></head>"
      "<body><p STYLE='display: none' class=c>隐藏</p><td style=\"color:red\">1</td>"
      "<script>var s = '<p style=\"x\">';</script><p>style=正文</p></body></html>", "r.html");
  REQUIRE(page.status == ReadStatus::needs_html_tree);
  CHECK(page.document.text ==
        "<html><head><title>a <b style=x></title></head>"
        "<body><p data-xxgk-style='display: none' class=c>隐藏</p><td data-xxgk-style=\"color:red\">1</td>"
        "<script>var s = '<p style=\"x\">';</script><p>style=正文</p></body></html>");
  const auto r = read_bytes(page.document.text, "r.html");
  REQUIRE(r.ok());
  CHECK(r.document.text.find("隐藏") == std::string::npos);
  // A page of unclosed raw-text openers is prepared in linear time.
  std::string openers;
  for (int i = 0; i < 200000; ++i) openers += "<title>x";
  CHECK(seconds([&] { (void)xxgk::read_document(openers, "r.html"); }) < 1.0);
}
