#include "parse/cell_builder.h"

#include <cmath>

#include "rules/messages.h"

namespace xxgk {
namespace {

Finding cell_finding(const CellTarget& t, size_t column, const char* rule, Severity severity, std::string message,
                     Span span) {
  Finding f;
  f.rule = rule;
  f.severity = severity;
  f.message = std::move(message);
  f.table = t.table;
  f.cells = {{t.row_key, static_cast<int>(column)}};
  f.span = span;
  return f;
}

std::string where(const CellTarget& t, size_t column) {
  const std::string col = column < t.column_labels.size() ? t.column_labels[column] : std::to_string(column + 1);
  return t.row_label + "「" + col + "」";
}

void check_cell(const CellTarget& t, size_t column, const NumberToken& tok, Cell& cell) {
  if (tok.blank) {
    t.findings.push_back(cell_finding(t, column, "cell.blank", Severity::info,
                                      where(t, column) + "为空白，按 0 计算；请填写 0", cell.span));
    return;
  }
  if (!cell.value) return;
  if (tok.leading_zero()) {
    t.findings.push_back(cell_finding(t, column, "cell.leading_zero", Severity::warning,
                                      where(t, column) + "写作“" + tok.raw + "”，按 " + format_number(*cell.value) +
                                          " 计算；请核对是否漏填或多填数字",
                                      cell.span));
  }
  const bool negative_ok = column < t.may_be_negative.size() && t.may_be_negative[column];
  if (*cell.value < 0 && !negative_ok) {
    t.findings.push_back(cell_finding(t, column, "cell.negative", Severity::error,
                                      where(t, column) + "为负数（" + tok.raw + "），此处只能填写非负整数", cell.span));
  }
  const bool decimal_ok = column < t.decimal_allowed.size() && t.decimal_allowed[column];
  if (decimal_ok && tok.unit == "元") {
    cell.value = *cell.value / 10000.0;
    t.findings.push_back(cell_finding(t, column, "cell.unit", Severity::info,
                                      where(t, column) + "以“元”填写（" + tok.raw + "），已折算为 " +
                                          format_number(*cell.value) + " 万元；表格单位为万元",
                                      cell.span));
  } else if (!decimal_ok && std::floor(*cell.value) != *cell.value) {
    t.findings.push_back(cell_finding(t, column, "cell.non_integer", Severity::error,
                                      where(t, column) + "为非整数（" + tok.raw + "），件数应为整数", cell.span));
  }
}

}  // namespace

std::string row_display_name(const RowSpec& row) {
  std::string number = row.number;
  if (!number.empty() && number.front() == '(') number = "（" + number.substr(1, number.size() - 2) + "）";
  else if (!number.empty() && number[0] >= '0' && number[0] <= '9') number += ".";
  else if (!number.empty()) number += "、";
  return number + (row.labels.empty() ? row.key : row.labels.front());
}

std::vector<Cell> cells_from_tokens(const CellTarget& t, const std::vector<NumberToken>& tokens) {
  std::vector<Cell> cells;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Cell c;
    c.raw = tokens[i].raw;
    c.span = t.text.span(tokens[i].nb, tokens[i].ne);
    c.blank = tokens[i].blank;
    c.value = tokens[i].blank ? std::nullopt : tokens[i].value;
    check_cell(t, i, tokens[i], c);
    cells.push_back(c);
  }
  return cells;
}

std::vector<Cell> cells_from_pieces(const CellTarget& t, const std::vector<NumberToken>& tokens,
                                    const std::vector<DigitPiece>& pieces) {
  std::vector<Cell> cells;
  for (const auto& p : pieces) {
    const NumberToken& tok = tokens[p.token];
    Cell c;
    c.value = static_cast<double>(p.value);
    c.raw = std::to_string(p.value);
    const size_t nb = tok.digit_pos[p.first];
    const size_t ne = tok.digit_pos[p.first + p.count - 1] + 1;
    c.span = t.text.span(nb, ne);
    cells.push_back(c);
  }
  return cells;
}

}  // namespace xxgk
