// read_meta(): title, agency, year covered, publication date.
#include <doctest/doctest.h>

#include "xxgk/check.h"


static xxgk::Report read_report_text(const char* text) { return xxgk::read_report(xxgk::text_document(text)); }

TEST_CASE("meta: title line, agency before the year, labelled publication date") {
  auto r = read_report_text(
      "管城回族区人民政府2020年政府信息公开工作年度报告\n  • 发布机构:管城区人民政府\n  • 成文日期:2021-01-21\n"
      "  • 发布日期:2021-01-22\n一、总体情况\n2020年,我区……。\n");
  REQUIRE(r.meta.title);
  CHECK(*r.meta.title == "管城回族区人民政府2020年政府信息公开工作年度报告");
  CHECK(r.meta.agency.value_or("") == "管城回族区人民政府");
  CHECK(r.meta.year.value_or(0) == 2020);
  CHECK(r.meta.published.value_or("") == "2021-01-22");
  CHECK(r.meta.title_span.valid());
  CHECK(r.meta.published_span.valid());
}

TEST_CASE("meta: no title line, agency and year from 现将……报告如下") {
  auto r = read_report_text(
      "根据《中华人民共和国政府信息公开条例》有关规定编制本报告。现将重庆市北碚区人民政府2020年政府信息公开情况报告如下。\n"
      "一、总体情况\n2020年,……。\n");
  CHECK_FALSE(r.meta.title);
  CHECK(r.meta.agency.value_or("") == "重庆市北碚区人民政府");
  CHECK(r.meta.year.value_or(0) == 2020);
  CHECK_FALSE(r.meta.published);  // no date in the text: none guessed
}

TEST_CASE("meta: 现将 broken over two lines (a PDF's text); the sentence is no title") {
  auto r = read_report_text(
      "根据《中华人民共和国政府信息公开条例》有关规定编制本报告。现\n将重庆市北碚区人民政府2020 年政府信息公开情况报告如下。\n"
      "一、总体情况\n2020年,……。\n");
  CHECK_FALSE(r.meta.title);
  CHECK(r.meta.agency.value_or("") == "重庆市北碚区人民政府");
  // A name that starts with 将 is kept whole.
  auto j = read_report_text("将乐县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年,……。\n");
  CHECK(j.meta.agency.value_or("") == "将乐县人民政府");
}

TEST_CASE("meta: a PDF's text wraps inside the agency, the year and 政府信息公开; a table header's 单位 is no agency") {
  // "现将重" / "庆市…": the line above is a full line of the paragraph, so the name goes on over it.
  auto a = read_report_text(
      "根据《中华人民共和国政府信息公开条例》有关规定编制本报告。报告全文由六个部分组成。现将重\n"
      "庆市北碚区人民政府 2020 年政府信息公开情况报告如下。\n一、总体情况\n2020年,……。\n");
  CHECK(a.meta.agency.value_or("") == "重庆市北碚区人民政府");
  // "现公" / "布双辽市政府办公室 2021" / "年度政府" / "信息公开工作报告"
  auto b = read_report_text(
      "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定,现公\n布双辽市政府办公室 2021\n年度政府\n"
      "信息公开工作报告。所使用数据统计期限自2021年1月1日起至12月31日止。\n一、总体情况\n2021年,……。\n"
      "信息内容 本年收费金额（单位：万元）\n");
  CHECK(b.meta.agency.value_or("") == "双辽市政府办公室");
  CHECK(b.meta.year.value_or(0) == 2021);
  // A heading's short line stops the name: "总体情况" is no part of an agency.
  auto c = read_report_text("一、总体情况\n双辽市政府办公室2021年度政府信息公开工作报告如下。\n");
  CHECK(c.meta.agency.value_or("") == "双辽市政府办公室");
  // Only a table header names a 单位: no agency.
  auto d = read_report_text("信息内容 本年收费金额（单位：万元）\n一、总体情况\n本年度……。\n");
  CHECK_FALSE(d.meta.agency);
}

TEST_CASE("meta: a title over two lines with a blank line between, the agency's name on the first") {
  auto r = read_report_text("洪泽区人民政府\n\n2023 年政府信息公开工作年度报告\n\n本报告由……编制。\n一、总体情况\n");
  CHECK(r.meta.title.value_or("") == "洪泽区人民政府2023年政府信息公开工作年度报告");
  CHECK(r.meta.agency.value_or("") == "洪泽区人民政府");
  auto s = read_report_text("正文\n\n2025 年上海市人民政府办公厅政府信息公开\n\n工作年度报告\n\n本年度报告根据……。\n");
  CHECK(s.meta.title.value_or("") == "2025年上海市人民政府办公厅政府信息公开工作年度报告");
  CHECK(s.meta.agency.value_or("") == "上海市人民政府办公厅");
}

TEST_CASE("meta: traditional input, 日期: label, year is the year covered not the publication year") {
  auto r = read_report_text(
      "北京市延慶區人民政府2019年政府信息公開工作年度報告\n日期:2020-03-30 16:30    來源:北京市延慶區人民政府\n"
      "一、總體情況\n2019年,延慶區……。\n");
  CHECK(r.meta.script.value_or("") == "traditional");
  CHECK(r.meta.year.value_or(0) == 2019);
  CHECK(r.meta.published.value_or("") == "2020-03-30");
  CHECK(r.meta.agency.value_or("") == "北京市延庆区人民政府");
}

TEST_CASE("meta: site suffix and file extension dropped, 公开日期 preferred to a page banner date") {
  auto r = read_report_text(
      "标题：沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局\n采集时间：2025-12-30T21:37:37+08:00\n"
      "2025年12月30日\t星期二\n发布机构\t沭阳县发展和改革局\t公开日期\t2024-01-17\n一、总体情况\n2023年,……。\n");
  CHECK(r.meta.title.value_or("") == "沭阳县发展和改革局2023年政府信息公开年度报告");
  CHECK(r.meta.agency.value_or("") == "沭阳县发展和改革局");
  CHECK(r.meta.published.value_or("") == "2024-01-17");
}

TEST_CASE("meta: year from the statistics period, signature date at the end") {
  auto r = read_report_text(
      "关于政府信息公开工作情况的报告\n本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n……。\n"
      "某某县交通运输局\n2022年1月20日\n");
  CHECK(r.meta.year.value_or(0) == 2021);
  CHECK(r.meta.published.value_or("") == "2022-01-20");
}
