// Table 四: 政府信息公开行政复议、行政诉讼情况. One row of 15 cells under a three-level header;
// copies interleave the header with the numbers, split it one character per line, or put all
// 15 numbers on one line, so the numbers are read in order and the header words skipped.
#include <algorithm>
#include <string_view>

#include "parse/cell_builder.h"
#include "parse/row_cells.h"
#include "parse/table_reader.h"
#include "rules/relations.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

constexpr size_t kHeaderWindow = 400;   // compact bytes between 行政复议 and the first 结果维持
constexpr size_t kTableReach = 3000;    // compact bytes the table may span

// Characters of table 四's header: a run of other Han characters is running text.
constexpr std::u32string_view kHeaderChars = U"行政复议诉讼结果维持纠正其他尚未审结总计经直接起后情况申请人数量件";

bool header_char(char32_t c) { return kHeaderChars.find(c) != std::u32string_view::npos; }

// Compact position where table 四 starts: 行政复议 followed closely by 结果维持.
size_t find_start(const CompactText& compact, size_t from) {
  const std::string& s = compact.str();
  for (size_t p = s.find("行政复议", from); p != std::string::npos; p = s.find("行政复议", p + 1)) {
    const size_t h = s.find("维持", p);
    if (h != std::string::npos && h - p <= kHeaderWindow) return p;
  }
  // Vertical headers ("结 结 其 尚 / 果 果 他 未"): 行政复议 followed by 行政诉讼.
  for (size_t p = s.find("行政复议", from); p != std::string::npos; p = s.find("行政复议", p + 1)) {
    const size_t h = s.find("行政诉讼", p);
    if (h != std::string::npos && h - p <= 40 && s.find("结", h) - h <= 60) return p;
  }
  return std::string::npos;
}

}  // namespace

std::optional<Table> read_review(const ReadContext& ctx, size_t search_from) {
  const size_t start = find_start(ctx.compact, ctx.compact.from_norm(search_from));
  if (start == std::string::npos) return std::nullopt;
  const size_t nb = ctx.compact.to_norm(start);
  const size_t limit = ctx.compact.to_norm(std::min(ctx.compact.str().size(), start + kTableReach));

  // Numbers in order, header words skipped, until running text.
  const std::string& s = ctx.text.norm;
  RegionTokens region;
  size_t other_han = 0, len = 0, end = limit;
  for (size_t i = nb; i < limit; i += len) {
    const char32_t c = utf8::decode(s, i, len);
    if (is_han(c)) {
      other_han = header_char(c) ? 0 : other_han + 1;
      if (other_han >= 3) { end = i; break; }
      continue;
    }
    if (c >= '0' && c <= '9') {
      NumberToken t;
      if (!read_number_at(s, i, limit, t)) continue;
      region.tokens.push_back(t);
      len = t.ne - i;
      other_han = 0;
    }
  }
  // A clean tab row of 15 fields keeps its blank cells.
  if (!region.tokens.empty()) {
    RegionTokens positional = read_cells(s, region.tokens.front().nb, region.tokens.back().ne,
                                         ctx.model.review_columns.size() * ctx.model.review_groups.size());
    if (positional.positional && positional.tokens.size() >= region.tokens.size()) region = positional;
  }

  const auto& cols = ctx.model.review_columns;
  const auto& groups = ctx.model.review_groups;
  const size_t ncells = cols.size() * groups.size();
  std::vector<LocalEquation> equations;
  for (size_t g = 0; g < groups.size(); ++g) {
    LocalEquation eq;
    for (size_t c = 0; c + 1 < cols.size(); ++c) eq.lhs.push_back(g * cols.size() + c);
    eq.rhs.push_back(g * cols.size() + cols.size() - 1);
    equations.push_back(eq);
  }
  if (region.tokens.empty()) return std::nullopt;
  RowCells rc = resolve_row_cells(region, ncells, equations);

  Table table;
  table.id = "review_litigation";
  std::vector<Cell> cells(ncells);
  std::vector<std::string> labels;
  for (const auto& c : cols) labels.push_back(c.label);
  CellTarget target{ctx.text, "review_litigation", "", "", labels, {}, {}, ctx.findings};
  auto to_groups = [&](const std::vector<Cell>& all) {
    table.rows.clear();
    for (size_t g = 0; g < groups.size(); ++g) {
      Row row;
      row.key = groups[g].key;
      row.found = !all.empty();
      row.cells.assign(all.begin() + static_cast<long>(g * cols.size()),
                       all.begin() + static_cast<long>((g + 1) * cols.size()));
      table.rows.push_back(row);
    }
  };
  if (rc.direct || !rc.candidates.empty()) {
    // Findings name the group of each cell: build the cells group by group.
    std::vector<Cell> all;
    for (size_t g = 0; g < groups.size(); ++g) {
      CellTarget t = target;
      t.row_key = groups[g].key;
      t.row_label = row_name(ctx.model, "review_litigation", groups[g].key);
      if (rc.direct) {
        std::vector<NumberToken> part(rc.tokens.begin() + static_cast<long>(g * cols.size()),
                                      rc.tokens.begin() + static_cast<long>((g + 1) * cols.size()));
        for (auto& c : cells_from_tokens(t, part)) all.push_back(c);
      } else {
        std::vector<DigitPiece> part(rc.candidates.front().begin() + static_cast<long>(g * cols.size()),
                                     rc.candidates.front().begin() + static_cast<long>((g + 1) * cols.size()));
        for (auto& c : cells_from_pieces(t, rc.tokens, part)) all.push_back(c);
      }
    }
    to_groups(all);
  } else {
    to_groups(cells);
    for (auto& row : table.rows) row.found = false;
    Finding f;
    f.rule = rc.ran_together ? "input.unsplittable_digits" : "table.unreadable_row";
    f.severity = Severity::warning;
    f.table = "review_litigation";
    f.message = rc.ran_together ? "表四的数字连在一起（“" + rc.raw + "”），找不到符合各组“总计”的拆分，按缺失处理"
                                : "表四：找到了表头，但只读到 " + std::to_string(region.tokens.size()) +
                                      " 个数值（应为 15 个），按缺失处理";
    f.span = ctx.text.span(nb, end);
    ctx.findings.push_back(f);
  }
  if (rc.candidates.size() > 1) {
    Finding f;
    f.rule = "input.ambiguous_digits";
    f.severity = Severity::warning;
    f.table = "review_litigation";
    f.message = "表四的数字连在一起（“" + rc.raw + "”），有 " + std::to_string(rc.candidates.size()) +
                " 种拆分都符合各组“总计”，已采用第一种，请对照原表核实";
    f.span = ctx.text.span(rc.nb, rc.ne);
    ctx.findings.push_back(f);
  }
  table.span = ctx.text.span(nb, rc.tokens.empty() ? end : rc.ne);
  return table;
}

}  // namespace xxgk
