// 国办公开办函〔2021〕30号: the reports from 2021 on (format.md §2.1, §3.2).
#include "format/shared_parts.h"

namespace xxgk {
namespace {

FormatModel build_2021() {
  FormatModel m;
  m.id = "2021";
  m.notice = "国办公开办函〔2021〕30号";
  m.first_year = 2021;
  m.sections = format_parts::sections();

  const std::vector<ColumnSpec> decisions = {{"decisions", "本年处理决定数量"}};
  m.active = {
      {"article20_1", "一",
       {{"issued", "本年制发件数"}, {"repealed", "本年废止件数"}, {"in_force", "现行有效件数"}},
       {{"regulations", "", {"规章"}}, {"normative_documents", "", {"行政规范性文件", "规范性文件"}}}},
      {"article20_5", "五", decisions, {{"licensing", "", {"行政许可"}}}},
      {"article20_6", "六", decisions, {{"punishment", "", {"行政处罚"}}, {"coercion", "", {"行政强制"}}}},
      {"article20_8", "八", {{"fee_amount", "本年收费金额(单位:万元)", false, true}}, {{"fees", "", {"行政事业性收费"}}}},
  };

  m.request_columns = format_parts::request_columns();
  m.request_rows = format_parts::request_rows_head();
  RowSpec other_group;
  other_group.key = "group.other";
  other_group.number = "(六)";
  other_group.labels = {"其他处理"};
  other_group.data = false;
  other_group.result = false;
  m.request_rows.push_back(other_group);
  RowSpec no_correction;
  no_correction.key = "other.no_correction";
  no_correction.number = "1";
  no_correction.labels = {"申请人无正当理由逾期不补正", "逾期不补正"};
  RowSpec no_fee;
  no_fee.key = "other.no_fee_paid";
  no_fee.number = "2";
  no_fee.labels = {"申请人逾期未按收费通知要求缴纳费用", "逾期未按收费通知要求缴纳费用", "申请人逾期未按收费通知", "逾期未缴费"};
  RowSpec other;
  other.key = "other.other";
  other.number = "3";
  other.labels = {"其他"};
  for (RowSpec* r : {&no_correction, &no_fee, &other}) r->result = true;
  m.request_rows.push_back(no_correction);
  m.request_rows.push_back(no_fee);
  m.request_rows.push_back(other);
  for (auto& r : format_parts::request_rows_tail()) m.request_rows.push_back(r);

  m.review_columns = format_parts::review_columns();
  m.review_groups = format_parts::review_groups();
  m.relations = format_parts::relations(m.request_rows);
  m.distinctive_labels = {"本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额",
                          "逾期不补正", "逾期未按收费通知要求缴纳费用"};
  return m;
}

}  // namespace

const FormatModel& format_2021() {
  static const FormatModel model = build_2021();
  return model;
}

}  // namespace xxgk
