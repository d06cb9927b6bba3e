// Unit tests of the reading modules: normalisation with its offset map, cell tokens, digit-run
// splitting and label chains.
#include <doctest/doctest.h>

#include "read/cell_tokens.h"
#include "xxgk/check.h"
#include "text/compact.h"
#include "read/digit_split.h"
#include "read/generic_header.h"
#include "read/label_chain.h"
#include "xxgk/text.h"

using namespace xxgk;

TEST_CASE("normalize: full-width digits, odd spaces and CRLF, with spans into the original") {
  const std::string input = "总计：\xEF\xBC\x92\xEF\xBC\x98件\xE3\x80\x80\r\n\xC2\xA0x";  // 总计：２８件<U+3000>\r\n<NBSP>x
  const Text t = normalize(input);
  CHECK(t.norm == "总计:28件 \n x");
  CHECK_FALSE(t.traditional);
  const size_t at = t.norm.find("28");
  const Span s = t.span(at, at + 2);
  CHECK(s.begin == 3);  // 总 计 ： are one UTF-16 unit each
  CHECK(s.end == 5);
  CHECK(t.line_col(t.span(t.norm.find('x'), t.norm.size()).begin) == std::make_pair(2, 2));
}

TEST_CASE("normalize: traditional text is simplified, mirror words undone, spans unchanged in length") {
  const std::string input = "北京市延慶區人民政府2019年政府資訊公開工作年度報告。規範性檔案40件，依申請公開的處理與答覆。";
  const Text t = normalize(input);
  CHECK(t.traditional);
  CHECK(t.norm.find("延庆区人民政府") != std::string::npos);
  CHECK(t.norm.find("政府信息公开工作年度报告") != std::string::npos);
  CHECK(t.norm.find("规范性文件40件") != std::string::npos);
  int32_t chars = 0;  // all BMP: one UTF-16 unit per code point
  for (unsigned char c : input) chars += (c & 0xC0) != 0x80 ? 1 : 0;
  CHECK(t.span(0, t.norm.size()).begin == 0);
  CHECK(t.span(0, t.norm.size()).end == chars);
}

TEST_CASE("normalize: simplified text with a few traditional names stays simplified") {
  CHECK_FALSE(normalize("重庆市北碚区人民政府2020年政府信息公开工作年度报告，臺灣同胞投资").traditional);
}

TEST_CASE("read_cells: thousands separators, signs, units and decimals") {
  const std::string s = " 14,358 | -2 \n74708.228万元 | 00 |";
  const RegionTokens r = read_cells(s, 0, s.size());
  REQUIRE(r.tokens.size() == 4);
  CHECK(*r.tokens[0].value == 14358);
  CHECK(r.tokens[0].grouped);
  CHECK(*r.tokens[1].value == -2);
  CHECK(*r.tokens[2].value == doctest::Approx(74708.228));
  CHECK(r.tokens[2].unit == "万元");
  CHECK(r.tokens[3].leading_zero());
}

TEST_CASE("read_cells: a tab row keeps its blank cells in place") {
  const std::string s = "\t26\t\t\t\t\t\t26\n四、下一节";
  const RegionTokens r = read_cells(s, 0, s.size(), 7);
  CHECK(r.positional);
  REQUIRE(r.tokens.size() == 7);
  CHECK(*r.tokens[0].value == 26);
  CHECK(r.tokens[1].blank);
  CHECK(*r.tokens[6].value == 26);
}

TEST_CASE("read_cells: reading stops at running text") {
  const std::string s = "123200001144L政府信息公开行政复议 55";
  const RegionTokens r = read_cells(s, 0, s.size());
  REQUIRE(r.tokens.size() == 1);
  CHECK(r.tokens[0].raw == "123200001144");
}

TEST_CASE("split_digit_runs: every split that satisfies the row total") {
  const LocalEquation row_total{{0, 1, 2, 3, 4, 5}, {6}};
  const auto run = split_digit_runs({"4023000063"}, 7, {row_total});
  REQUIRE(run.candidates.size() == 1);
  std::vector<int64_t> values;
  for (const auto& p : run.candidates[0]) values.push_back(p.value);
  CHECK(values == std::vector<int64_t>{40, 23, 0, 0, 0, 0, 63});

  CHECK(split_digit_runs({"241002027"}, 7, {row_total}).candidates.size() == 2);
  CHECK(split_digit_runs({"1234567"}, 7, {row_total}).candidates.empty());
  // Spaces are kept as boundaries: 23|0 and 0|0|0|0|23.
  CHECK(split_digit_runs({"230", "000023"}, 7, {row_total}).candidates.size() == 1);
}

TEST_CASE("split_digit_runs: a million digits is rejected at once, and the search is bounded") {
  const std::string million(1000000, '1');
  const auto r = split_digit_runs({million}, 7, {});
  CHECK(r.candidates.empty());
  const auto bounded = split_digit_runs({std::string(60, '1')}, 15, {}, 1000000, 5000);
  CHECK(bounded.exhausted);
}

TEST_CASE("find_chain: the table's labels win over the same labels quoted in the narrative") {
  const std::string text =
      "全年予以公开12件，部分公开2件，不予公开1件。\n"
      "(一)予以公开 |\n12 |\n(二)部分公开 |\n2 |\n(三)不予公开 |\n1.属于国家秘密 |\n1 |\n";
  const CompactText compact(text);
  const std::vector<ChainRow> rows = {
      make_chain_row({"予以公开"}, "(一)", true),
      make_chain_row({"部分公开"}, "(二)", true),
      make_chain_row({"不予公开"}, "(三)", false),
      make_chain_row({"属于国家秘密"}, "1", true),
  };
  std::vector<std::string> labels;
  chain_labels(rows, labels);
  const NeedleIndex index(labels);
  const ChainText chain_text(text, compact, index, {}, 100);
  const Chain chain = find_chain(chain_text, rows);
  REQUIRE(chain.rows[0]);
  REQUIRE(chain.rows[3]);
  CHECK(compact.to_norm(chain.rows[0]->label_begin) > text.find('\n'));
  // The numbering before a label belongs to the label, not to the previous row's numbers.
  CHECK(compact.str().compare(chain.rows[3]->begin, 2, "1.") == 0);
}

TEST_CASE("script: simplified text full of characters shared with traditional stays simplified") {
  std::string text = "某某区人民政府2021年政府信息公开工作年度报告\n";
  for (int i = 0; i < 20; ++i) text += "办理申请，依法处理，加强管理，开展检查，优化环境，拓展领域。\n";
  CHECK(xxgk::check(text).report.meta.script == std::optional<std::string>("simplified"));
}

TEST_CASE("table 四 typed alone, tables 二 and 三 published as images, is read") {
  const std::string text =
      "某某区人民政府2019年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳。\n"
      "二、主动公开政府信息情况\n（图片）\n三、收到和处理政府信息公开申请情况\n（图片）\n"
      "四、政府信息公开行政复议、行政诉讼情况\n行政复议\t行政诉讼\n"
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉\n"
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
      "1\t0\t0\t0\t1\t2\t0\t0\t0\t2\t0\t3\t0\t0\t3\n"
      "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
  const Result r = xxgk::check(text);
  REQUIRE(r.report.review);
  CHECK_FALSE(r.report.requests);
  CHECK(r.report.review->value("review", 4) == 1);
  CHECK(r.report.review->value("litigation_direct", 0) == 2);
  CHECK(r.report.review->value("litigation_after_review", 1) == 3);
}

// pdftotext without layout on a PDF whose cells are boxes: one number a paragraph, two rows'
// numbers together after both labels, or between the first label and the second.
TEST_CASE("table 二: rows whose numbers came out together, one number a paragraph, are read row by row") {
  const std::string text =
      "某某区人民政府2019年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳。\n"
      "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n规章\n规范性文件\n\n"
      "本年新制作数量 本年新公开数量 对外公开总数量\n0\n\n1\n\n2\n\n37\n\n73\n\n200\n\n"
      "第二十条第（六）项\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政处罚\n\n"
      "1574\n\n430\n\n250653\n\n79\n\n0\n\n2665\n\n行政强制\n\n"
      "三、收到和处理政府信息公开申请情况\n（图片）\n四、政府信息公开行政复议、行政诉讼情况\n（图片）\n"
      "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
  const Result r = xxgk::check(text);
  REQUIRE(r.report.active);
  const Table& t = *r.report.active;
  CHECK(t.value("article20_1.regulations", 2) == 2);
  CHECK(t.value("article20_1.normative_documents", 0) == 37);
  CHECK(t.value("article20_1.normative_documents", 2) == 200);
  CHECK(t.value("article20_6.punishment", 2) == 250653);
  CHECK(t.value("article20_6.coercion", 0) == 79);
  CHECK(t.value("article20_6.coercion", 2) == 2665);
}

TEST_CASE("table 二: a one-row block's last column printed after the table under its own header word") {
  // Plain pdftotext of a LibreOffice PDF: the blocks' right-hand columns, header word and number,
  // come after the next section's heading.
  const std::string table =
      "某某区人民政府2019年政府信息公开工作年度报告\n一、总体情况\n本年度工作平稳。\n"
      "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年新制作数量 本年新公开数量 对外公开总数量\n"
      "规章\n0\n0\n0\n规范性文件\n40\n40\n62\n"
      "第二十条第（六）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政处罚\n1574\n430\n250653\n"
      "行政强制\n79\n0\n2665\n\n第二十条第（八）项\n信息内容\n上一年项目数量\n";
  const std::string rest =
      "行政事业性收费\n26\n第二十条第（九）项\n信息内容\n采购项目数量\n政府集中采购\n318\n"
      "三、收到和处理政府信息公开申请情况\n\n本年增/减\n37\n采购总金额\n74708.228\n\n（图片）\n"
      "四、政府信息公开行政复议、行政诉讼情况\n（图片）\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n";
  const Result r = xxgk::check(table + rest);
  REQUIRE(r.report.active);
  CHECK(r.report.active->value("article20_8.fees", 0) == 26);
  CHECK(r.report.active->value("article20_8.fees", 1) == 37);
  CHECK(r.report.active->value("article20_9.procurement", 0) == 318);
  CHECK(r.report.active->value("article20_9.procurement", 1) == doctest::Approx(74708.228));
  // Near miss: the block's own header prints 本年增/减, so the 37 after the table is not its cell.
  const Result printed = xxgk::check(table + "本年增/减\n" + rest);
  REQUIRE(printed.report.active);
  CHECK_FALSE(printed.report.active->value("article20_8.fees", 1));
  // Near miss: the number under the header word shares its line with text: no cell.
  std::string prose = table + rest;
  prose.replace(prose.find("37\n采购总金额"), 3, "37 项，\n");
  const Result sentence = xxgk::check(prose);
  REQUIRE(sentence.report.active);
  CHECK_FALSE(sentence.report.active->value("article20_8.fees", 1));
}

TEST_CASE("is_generic_header: one word numbered across the fields, counting up by one") {
  CHECK(is_generic_header("| 数据1 | 数据2 | 数据3 | 数据4 |"));
  CHECK(is_generic_header("列1\t列2\t列3"));
  CHECK(is_generic_header("| Column 0 | Column 1 | Column 2 |  |"));
  CHECK_FALSE(is_generic_header("| 数据1 | 数据2 |"));                 // two fields: too few to say
  CHECK_FALSE(is_generic_header("| 数据1 | 数据3 | 数据4 |"));         // not counting up by one
  CHECK_FALSE(is_generic_header("| 数据2 | 数据3 | 数据4 |"));         // not from 0 or 1
  CHECK_FALSE(is_generic_header("| 数据1 | 列2 | 数据3 |"));           // not one word
  CHECK_FALSE(is_generic_header("| 1 | 2 | 3 | 4 |"));                 // numbers alone are cells
  CHECK_FALSE(is_generic_header("| 规章1 | 2 | 3 |"));                  // a label glued to its first cell
  CHECK_FALSE(is_generic_header("数据1 数据2 数据3"));                  // no fields
}
