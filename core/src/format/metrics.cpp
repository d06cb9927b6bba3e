// The indicators evaluators score and the figures summaries show, as data over the row and column
// keys both formats share (format.md §3, §4). docs/metrics.md is generated from this list.
#include "xxgk/format_model.h"

namespace xxgk {

const std::vector<MetricSpec>& metric_specs() {
  // Table 三's rates are taken in its 总计 column; table 四's over its groups.
  static const std::vector<MetricSpec> specs = {
      {"substantive_disclosure_rate", "实质公开率",
       "（予以公开 + 部分公开）÷ 办理结果总计，均取表三“总计”列",
       "requests",
       {{"granted", "total"}, {"partially_granted", "total"}},
       {{"total", "total"}},
       {}},
      {"denial_rate", "不予公开率", "不予公开（8 项之和）÷ 办理结果总计，均取表三“总计”列", "requests",
       {{"group.denied", "total"}}, {{"total", "total"}}, {}},
      {"unable_rate", "无法提供率", "无法提供（3 项之和）÷ 办理结果总计，均取表三“总计”列", "requests",
       {{"group.unable", "total"}}, {{"total", "total"}}, {}},
      {"carry_forward_rate", "结转率",
       "结转下年度继续办理 ÷（本年新收 + 上年结转），均取表三“总计”列",
       "requests",
       {{"carried_forward", "total"}},
       {{"new_received", "total"}, {"carried_over", "total"}},
       {}},
      {"review_correction_rate", "行政复议纠错率", "表四行政复议“结果纠正”÷ 行政复议“总计”", "review_litigation",
       {{"review", "corrected"}}, {{"review", "total"}}, {}},
      {"litigation_correction_rate", "行政诉讼纠错率",
       "表四行政诉讼（未经复议直接起诉 + 复议后起诉）“结果纠正”÷ 两者“总计”",
       "review_litigation",
       {{"litigation_direct", "corrected"}, {"litigation_after_review", "corrected"}},
       {{"litigation_direct", "total"}, {"litigation_after_review", "total"}},
       {}},
      {"review_litigation_correction_rate", "行政复议和行政诉讼纠错率",
       "表四三组“结果纠正”之和 ÷ 三组“总计”之和",
       "review_litigation",
       {{"review", "corrected"}, {"litigation_direct", "corrected"}, {"litigation_after_review", "corrected"}},
       {{"review", "total"}, {"litigation_direct", "total"}, {"litigation_after_review", "total"}},
       {}},
      {"text_reuse", "与上年度重复率",
       "第一、五、六部分中与上年度报告相同的句子（去掉空白、标点，数字视为相同）的字数 ÷ 这三部分的总字数",
       "",
       {},
       {},
       {1, 5, 6}},
  };
  return specs;
}

const MetricSpec* metric_spec(const std::string& key) {
  for (const auto& m : metric_specs())
    if (m.key == key) return &m;
  return nullptr;
}

const std::vector<SummaryFigure>& summary_figures() {
  static const std::vector<SummaryFigure> figures = {
      {"new_received_total", "本年新收总计", "requests", {"new_received", "total"}},
      {"carried_forward_total", "结转下年度总计", "requests", {"carried_forward", "total"}},
      {"review_total", "行政复议总计", "review_litigation", {"review", "total"}},
  };
  return figures;
}

}  // namespace xxgk
