// read_sections(): the six statutory sections, line-start or inline, variants, nested numbering.
#include <doctest/doctest.h>

#include "xxgk/check.h"

namespace {
std::vector<int> numbers(const xxgk::Report& r) {
  std::vector<int> n;
  for (const auto& s : r.sections) n.push_back(s.number);
  return n;
}
}  // namespace

static xxgk::Report read_report_text(const char* text) { return xxgk::read_report(xxgk::text_document(text)); }

TEST_CASE("sections: six headings with spaces, nested 一、 and table row labels are not sections") {
  auto r = read_report_text(
      "某区人民政府2020年政府信息公开工作年度报告\n    一、 总体情况\n    今年以来……现将2020年度工作情况总结如下:\n"
      "    一、重点工作开展情况\n    (一)提高解读能力。\n二、主动公开政府信息情况\n规章 |\n0 |\n"
      "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量 |\n5 |\n四、结转下年度继续办理 |\n0 |\n"
      "四、政府信息公开行政复议、行政诉讼情况\n0 |\n五、存在的主要问题及改进情况\n问题……。\n六、其他需要报告的事项\n无。\n");
  CHECK(numbers(r) == std::vector<int>{1, 2, 3, 4, 5, 6});
  REQUIRE(r.sections.size() == 6);
  CHECK(r.sections[0].title == "总体情况");
  CHECK(r.sections[0].span.valid());
  CHECK(r.sections[0].heading_span.valid());
  CHECK(r.sections[0].norm_end == r.sections[1].norm_begin - 1);  // body runs to the next heading ('\n' trimmed)
}

TEST_CASE("sections: whole body on one line (web dump)") {
  auto r = read_report_text(
      "报告 根据……编制。一、总体情况2019年,我区……。二、主动公开政府信息情况 第二十条第(一)项……三、收到和处理政府信息公开申请情况"
      "一、本年新收政府信息公开申请数量230 000023二、上年结转政府信息公开申请数量0000000四、结转下年度继续办理 0 0 00 00 0 "
      "四、政府信息公开行政复议、行政诉讼情况行政复议000 五、存在的主要问题及改进情况2019年,……。六、其他需要报告的事项 无其他需要报告的事项\n");
  std::string got;
  for (const auto& s : r.sections) got += std::to_string(s.number) + s.title + " ";
  INFO(got);
  CHECK(numbers(r) == std::vector<int>{1, 2, 3, 4, 5, 6});
}

TEST_CASE("sections: known variants, traditional 資訊, a renamed heading kept with its own title") {
  auto r = read_report_text(
      "一、總體情況\n……。\n二、主動公開政府資訊情況\n……\n三、收到和處理政府信息公開申請情況\n……\n"
      "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况\n……\n五、存在的主要问题及整改措施\n……。\n六、其他需要报告的事项\n无。\n");
  CHECK(numbers(r) == std::vector<int>{1, 2, 3, 4, 5, 6});
  REQUIRE(r.sections.size() == 6);
  CHECK(r.sections[4].title == "存在的主要问题及整改措施");
}

TEST_CASE("sections: an intro listing of the titles is not taken for the headings") {
  auto r = read_report_text(
      "本报告包括一、总体情况;二、主动公开政府信息情况;三、收到和处理政府信息公开申请情况等部分。\n一、总体情况\n……。\n"
      "二、主动公开政府信息情况\n……\n");
  REQUIRE(r.sections.size() == 2);
  CHECK(r.sections[0].heading_span.begin > 40);
}
