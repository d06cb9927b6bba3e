// 国办公开办函〔2019〕60号: the 2019 and 2020 reports (format.md §2.2, §3.2).
#include "format/shared_parts.h"

namespace xxgk {
namespace {

FormatModel build_2019() {
  FormatModel m;
  m.id = "2019";
  m.notice = "国办公开办函〔2019〕60号";
  m.first_year = 2019;
  m.last_year = 2020;

  const std::vector<ColumnSpec> item_counts = {{"previous_items", "上一年项目数量", "", "项"},
                                               {"change", "本年增/减", "", "项", true},
                                               {"decisions", "处理决定数量", "", "件"}};
  m.active = {
      {"article20_1", "一", "信息内容",
       {{"new_made", "本年新制作数量", "", "件"}, {"new_published", "本年新公开数量", "", "件"},
        {"public_total", "对外公开总数量", "", "件"}},
       {{"regulations", "", {"规章"}}, {"normative_documents", "", {"规范性文件", "行政规范性文件"}}}},
      {"article20_5", "五", "信息内容", item_counts,
       {{"licensing", "", {"行政许可"}}, {"other_services", "", {"其他对外管理服务事项"}}}},
      {"article20_6", "六", "信息内容", item_counts, {{"punishment", "", {"行政处罚"}}, {"coercion", "", {"行政强制"}}}},
      {"article20_8", "八", "信息内容",
       {{"previous_items", "上一年项目数量", "", "项"}, {"change", "本年增/减", "", "项", true}},
       {{"fees", "", {"行政事业性收费"}}}},
      {"article20_9", "九", "信息内容",
       {{"procurement_items", "采购项目数量", "", "项"}, {"procurement_amount", "采购总金额", "", "万元", false, true}},
       {{"procurement", "", {"政府集中采购"}}}},
  };
  m.relations = {
      {"active.public_total", "active", RelationSpec::Scope::each_row, "article20_1", {"new_published"},
       RelationSpec::Op::at_most, {"public_total"}, "本年新公开数量不超过对外公开总数量", "本年新公开数量",
       "对外公开总数量"},
  };
  m.cross_year = {
      {"cross_year.previous_items", "active", RelationSpec::Scope::each_row, "", {"previous_items"},
       {"previous_items", "change"}, "本年“上一年项目数量”等于上一年度的“上一年项目数量”加“本年增/减”", true},
  };

  // (六)其他处理 is one data row in this format.
  format_parts::complete(m, {format_parts::data_row("other", "(六)", {"其他处理"}, "group.results")});
  m.distinctive_active_labels = {"本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量",
                                 "第二十条第（九）项", "其他对外管理服务事项"};
  m.example_labels = {"本年新制作数量", "上一年项目数量", "第二十条第（九）项"};
  return m;
}

}  // namespace

const FormatModel& format_2019() {
  static const FormatModel model = build_2019();
  return model;
}

}  // namespace xxgk
