// The format model's relations, each reported under its own rule id: every relation whose
// `rule` is the checking rule's id, expanded per row, column or group, evaluated on the cells
// read. A relation with an unread cell is not checked (coverage lists it).
#include "format/relations.h"
#include "rules/rule.h"
#include "text/numbers.h"

namespace xxgk::rulebook {
namespace {

Span equation_span(const Table& table, const Equation& eq) {
  Span s;
  for (const auto* side : {&eq.lhs, &eq.rhs})
    for (const auto& k : *side)
      if (const Cell* c = table.cell(k.row, k.column)) s = cover(s, c->span);
  return s;
}

void check_relation(const RuleContext& c, const Rule& self) {
  for (const char* id : {"active", "requests", "review_litigation"}) {
    const Table* table = c.report.table(id);
    if (!table || !table->format) continue;
    for (const auto& eq : expand_relations(*table->format, id)) {
      if (eq.spec->rule != self.id) continue;
      const Evaluation e = evaluate(eq, *table);
      if (!e.fails()) continue;
      const RelationSpec& rel = *eq.spec;
      const char* verb = rel.op == RelationSpec::Op::equal ? "不等于" : "大于";
      std::vector<CellRef> cells = eq.lhs;
      cells.insert(cells.end(), eq.rhs.begin(), eq.rhs.end());
      c.emit(self,
             eq.where + "：" + rel.lhs_name + "（" + text::format_number(e.lhs) + "）" + verb + rel.rhs_name + "（" +
                 text::format_number(e.rhs) + "）",
             equation_span(*table, eq), id, cells);
    }
  }
}

}  // namespace

extern const Rule requests_row_total = {
    "requests.row_total", Severity::error, "表三每行：六类申请人之和等于总计",
    "Table 三, every data row: 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他 = 总计. Example: "
    "\"(一)予以公开 | 5 | 1 | 0 | 0 | 0 | 0 | 5\" → \"（一）予以公开行：六类申请人之和（6）不等于总计（5）\". Fix: "
    "correct the wrong cell (see arithmetic.suggested_fix).",
    __FILE__, check_relation};

extern const Rule requests_balance = {
    "requests.balance", Severity::error, "表三每列：第一项加第二项之和等于第三项加第四项之和",
    "Table 三, every column, as the table's own header says: 一、本年新收 + 二、上年结转 = （七）总计 + "
    "四、结转下年度继续办理. Example: seed 003, 自然人 and 总计 columns: 27 + 1 = 28 but 27 + 0 = 27. Fix: correct "
    "the carried-over, received, total or carried-forward figure.",
    __FILE__, check_relation};

extern const Rule requests_results_total = {
    "requests.results_total", Severity::error, "表三每列：（七）总计等于各项办理结果之和",
    "Table 三, every column: （七）总计 = the sum of every result row ((一), (二), (三)1–8, (四)1–3, (五)1–5, (六) "
    "or (六)1–3). Example: results adding up to 36 under a total of 45. Fix: correct the total or the result rows.",
    __FILE__, check_relation};

extern const Rule review_litigation_group_total = {
    "review_litigation.group_total", Severity::error, "表四每组：四项结果之和等于总计",
    "Table 四, each of 行政复议, 未经复议直接起诉, 复议后起诉: 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计. "
    "Example: \"1 | 0 | 0 | 0 | 3\". Fix: correct the total or its parts.",
    __FILE__, check_relation};

extern const Rule active_public_total = {
    "active.public_total", Severity::warning, "2019年格式表二：对外公开总数量小于本年新公开数量",
    "Table 二 of the 2019 format, 第二十条第(一)项: 对外公开总数量 smaller than 本年新公开数量 (the total includes "
    "this year's). Example: 规范性文件 \"5 | 8 | 6\". Fix: correct either cell.",
    __FILE__, check_relation};

}  // namespace xxgk::rulebook
