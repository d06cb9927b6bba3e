// 国办公开办函〔2021〕30号: the reports from 2021 on (format.md §1.2, §2.1, §3.2).
#include "format/shared_parts.h"

namespace xxgk {
namespace {

FormatModel build_2021() {
  FormatModel m;
  m.id = "2021";
  m.notice = "国办公开办函〔2021〕30号";
  m.first_year = 2021;

  const std::vector<ColumnSpec> decisions = {{"decisions", "本年处理决定数量", "", "件"}};
  m.active = {
      {"article20_1", "一", "信息内容",
       {{"issued", "本年制发件数", "", "件"}, {"repealed", "本年废止件数", "", "件"}, {"in_force", "现行有效件数", "", "件"}},
       {{"regulations", "", {"规章"}}, {"normative_documents", "", {"行政规范性文件", "规范性文件"}}}},
      {"article20_5", "五", "信息内容", decisions, {{"licensing", "", {"行政许可"}}}},
      {"article20_6", "六", "信息内容", decisions, {{"punishment", "", {"行政处罚"}}, {"coercion", "", {"行政强制"}}}},
      {"article20_8", "八", "信息内容", {{"fee_amount", "本年收费金额（单位：万元）", "", "万元", false, true}},
       {{"fees", "", {"行政事业性收费"}}}},
  };

  // (六)其他处理 is a group of three rows in this format.
  format_parts::complete(
      m, {
             format_parts::group_row("group.other", "(六)", {"其他处理"}, "group.results"),
             format_parts::data_row("other.no_correction", "1",
                                    {"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                                     "申请人无正当理由逾期不补正", "逾期不补正"},
                                    "group.other"),
             format_parts::data_row("other.no_fee_paid", "2",
                                    {"申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                                     "申请人逾期未按收费通知要求缴纳费用", "逾期未按收费通知要求缴纳费用",
                                     "申请人逾期未按收费通知", "逾期未缴费"},
                                    "group.other"),
             format_parts::data_row("other.other", "3", {"其他"}, "group.other"),
         });
  // The 2021 notice asks 五 for problems and improvements, and 六 for the 信息处理费 (format.md §1.2).
  for (auto& s : m.sections) {
    if (s.number == 5)
      s.topics = {{"problems", "存在的主要问题", {"问题", "不足", "短板", "差距", "薄弱", "有待", "不够", "欠缺"}},
                  {"improvements", "改进情况或措施",
                   {"改进", "整改", "措施", "下一步", "将", "加强", "提升", "完善", "推进"}}};
    if (s.number == 6)
      s.topics = {{"fees", "信息处理费的收取情况（发出收费通知的件数和总金额、实际收取的总金额）",
                   {"信息处理费", "处理费", "收费", "收取费用", "费用"}}};
  }
  m.distinctive_active_labels = {"本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"};
  m.distinctive_request_labels = {"逾期不补正", "逾期未按收费通知要求缴纳费用"};
  m.example_labels = {"本年制发件数", "本年处理决定数量"};
  return m;
}

}  // namespace

const FormatModel& format_2021() {
  static const FormatModel model = build_2021();
  return model;
}

}  // namespace xxgk
