// Findings the table reader emits while reading (no run function): listed here so that the
// rule list, the docs and the page know every id.
#include "rules/rule.h"

namespace xxgk {

std::vector<Rule> reading_rules() {
  return {
      {{"table.missing", Severity::error, "统计表缺失（常见原因：表格以图片发布，只剩标题）"}},
      {{"table.incomplete", Severity::warning, "统计表不完整，缺少若干行"}},
      {{"table.unreadable_row", Severity::warning, "找到行标题但读不出该行数值"}},
      {{"table.format_mismatch", Severity::error, "表格格式与报告年度不符（2021 年起应使用新格式）"}},
      {{"cell.blank", Severity::info, "单元格空白，按 0 计算"}},
      {{"cell.leading_zero", Severity::warning, "单元格数字带前导零（如“00”）"}},
      {{"cell.negative", Severity::error, "不允许为负数的单元格出现负数"}},
      {{"cell.non_integer", Severity::error, "件数单元格出现小数"}},
      {{"cell.unit", Severity::info, "金额单位不是万元，已折算"}},
      {{"input.ambiguous_digits", Severity::warning, "连在一起的数字有多种符合勾稽关系的拆分"}},
      {{"input.unsplittable_digits", Severity::warning, "连在一起的数字找不到符合勾稽关系的拆分"}},
      // What reading the document repaired or left out (ReadingRepair, core/src/document/).
      {{"input.invalid_bytes", Severity::warning, "文件中有无效字节，已替换为 �"}},
      {{"input.mixed_encoding", Severity::warning, "UTF-8 文本中夹有 GBK 编码的字符，已按 GBK 读取"}},
      {{"input.hidden_text", Severity::info, "文档中的隐藏文字未读入"}},
      {{"input.page_furniture", Severity::info, "PDF 的页码、页眉页脚未读入"}},
  };
}

}  // namespace xxgk
