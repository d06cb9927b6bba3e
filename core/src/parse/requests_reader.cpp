// Table 三: 收到和处理政府信息公开申请情况.
#include <algorithm>
#include <cmath>
#include <memory>

#include "parse/cell_builder.h"
#include "parse/row_cells.h"
#include "parse/table_reader.h"
#include "rules/messages.h"
#include "rules/relations.h"

namespace xxgk {
namespace {

constexpr size_t kMinRowsForTable = 3;
constexpr size_t kLastRowReach = 600;  // normalised bytes read after the last label

std::vector<LocalEquation> row_equations(const FormatModel& m) {
  // The row-total relation of table 三 within one row: columns 0..5 add up to column 6.
  LocalEquation eq;
  for (size_t c = 0; c + 1 < m.request_columns.size(); ++c) eq.lhs.push_back(c);
  eq.rhs.push_back(m.request_columns.size() - 1);
  return {eq};
}

// How plausible a split of a table-三 row is when relations cannot decide: natural persons
// file most applications, and the organisation columns hold small numbers.
struct Plausibility {
  double natural_share;
  double org_spread;  // sum of squares of the organisation columns: smaller is likelier
  bool operator<(const Plausibility& o) const {
    return natural_share != o.natural_share ? natural_share < o.natural_share : org_spread > o.org_spread;
  }
};

Plausibility plausibility(const std::vector<DigitPiece>& pieces) {
  const double total = static_cast<double>(pieces.back().value);
  Plausibility p{total > 0 ? static_cast<double>(pieces.front().value) / total : 0, 0};
  for (size_t i = 1; i + 1 < pieces.size(); ++i) p.org_spread += double(pieces[i].value) * double(pieces[i].value);
  return p;
}

std::vector<double> piece_values(const std::vector<DigitPiece>& pieces) {
  std::vector<double> v;
  for (const auto& p : pieces) v.push_back(static_cast<double>(p.value));
  return v;
}

struct PendingRow {
  std::string key;
  RowCells cells;
  CellTarget* target;
  size_t chosen = 0;
  std::vector<size_t> fitting;  // candidates not contradicted by the column relations
};

// Chooses among the splits of ambiguous rows with the column relations (balance, results total),
// then by plausibility; says when more than one split still fits.
void choose_splits(const ReadContext& ctx, Table& table, std::vector<PendingRow>& pending) {
  const auto equations = expand_relations(ctx.model, "requests");
  for (int round = 0; round < 2; ++round) {
    for (auto& p : pending) {
      Row* row = table.row(p.key);
      std::vector<int> scores;
      for (const auto& cand : p.cells.candidates) {
        row->cells = cells_from_pieces(*p.target, p.cells.tokens, cand);
        int score = 0;
        for (const auto& eq : equations) {
          if (eq.spec->scope != RelationSpec::Scope::each_column) continue;
          const auto e = evaluate(eq, table);
          score += e.holds() ? 1 : (e.fails() ? -1 : 0);
        }
        scores.push_back(score);
      }
      const int best = *std::max_element(scores.begin(), scores.end());
      p.fitting.clear();
      for (size_t i = 0; i < scores.size(); ++i)
        if (scores[i] == best) p.fitting.push_back(i);
      p.chosen = *std::max_element(p.fitting.begin(), p.fitting.end(), [&](size_t a, size_t b) {
        return plausibility(p.cells.candidates[a]) < plausibility(p.cells.candidates[b]);
      });
      row->cells = cells_from_pieces(*p.target, p.cells.tokens, p.cells.candidates[p.chosen]);
    }
  }
  for (auto& p : pending) {
    if (p.fitting.size() < 2) continue;
    std::string alternatives;
    std::string details = "{\"raw\":\"" + p.cells.raw + "\",\"alternatives\":[";
    for (size_t k = 0; k < p.fitting.size(); ++k) {
      const auto values = piece_values(p.cells.candidates[p.fitting[k]]);
      alternatives += (k ? "；" : "") + std::string("（") + join_numbers(values, ", ") + "）";
      details += (k ? ",[" : "[") + join_numbers(values, ",") + "]";
    }
    details += "],\"chosen\":[" + join_numbers(piece_values(p.cells.candidates[p.chosen]), ",") + "]}";
    Finding f;
    f.rule = "input.ambiguous_digits";
    f.severity = Severity::warning;
    f.table = "requests";
    f.message = p.target->row_label + "的数字连在一起（“" + p.cells.raw + "”），有 " +
                std::to_string(p.fitting.size()) + " 种拆分都符合勾稽关系：" + alternatives + "。已采用（" +
                join_numbers(piece_values(p.cells.candidates[p.chosen]), ", ") + "），请对照原表核实";
    for (int c = 0; c < static_cast<int>(ctx.model.request_columns.size()); ++c) f.cells.push_back({p.key, c});
    f.span = ctx.text.span(p.cells.nb, p.cells.ne);
    f.details_json = details;
    ctx.findings.push_back(f);
  }
}

std::optional<Table> read_requests_rows(const ReadContext& ctx, size_t& table_end) {
  const Chain& chain = ctx.chains.requests;
  const auto& specs = ctx.model.request_rows;
  size_t data_found = 0;
  for (size_t i = 0; i < specs.size(); ++i)
    if (chain.rows[i] && specs[i].data) ++data_found;
  if (data_found < kMinRowsForTable) return std::nullopt;

  Table table;
  table.id = "requests";
  const size_t ncols = ctx.model.request_columns.size();
  std::vector<std::string> column_labels;
  for (int c = 0; c < static_cast<int>(ncols); ++c) column_labels.push_back(column_name(ctx.model, "requests", c));
  const auto equations = row_equations(ctx.model);

  std::vector<std::unique_ptr<CellTarget>> targets;
  std::vector<PendingRow> pending;
  std::vector<std::string> missing;
  size_t first_nb = std::string::npos;
  table_end = 0;
  for (size_t i = 0; i < specs.size(); ++i) {
    if (!specs[i].data) continue;
    Row row;
    row.key = specs[i].key;
    row.cells.assign(ncols, Cell{});
    if (!chain.rows[i]) {
      missing.push_back(row_display_name(specs[i]));
      table.rows.push_back(row);
      continue;
    }
    const ChainMatch& m = *chain.rows[i];
    row.found = true;
    const size_t label_nb = ctx.compact.to_norm(m.begin);
    const size_t nb = ctx.compact.to_norm(m.end);
    row.label_span = ctx.text.span(label_nb, nb);
    first_nb = std::min(first_nb, label_nb);
    size_t ne = std::min(ctx.text.norm.size(), nb + kLastRowReach);
    for (size_t j = i + 1; j < specs.size(); ++j)
      if (chain.rows[j]) { ne = ctx.compact.to_norm(chain.rows[j]->begin); break; }

    const RegionTokens region = read_cells(ctx.text.norm, nb, ne, ncols);
    RowCells rc = resolve_row_cells(region, ncols, equations);
    targets.push_back(std::make_unique<CellTarget>(CellTarget{ctx.text, "requests", row.key, row_display_name(specs[i]),
                                                              column_labels, {}, {}, ctx.findings}));
    CellTarget& target = *targets.back();
    table_end = std::max(table_end, rc.tokens.empty() ? nb : rc.ne);
    if (rc.direct) {
      row.cells = cells_from_tokens(target, rc.tokens);
    } else if (!rc.candidates.empty()) {
      row.cells = cells_from_pieces(target, rc.tokens, rc.candidates.front());
      if (rc.candidates.size() > 1) pending.push_back({row.key, rc, &target, 0, {}});
    } else {
      Finding f;
      f.table = "requests";
      f.span = rc.tokens.empty() ? row.label_span : ctx.text.span(rc.nb, rc.ne);
      for (int c = 0; c < static_cast<int>(ncols); ++c) f.cells.push_back({row.key, c});
      if (rc.ran_together) {
        f.rule = "input.unsplittable_digits";
        f.severity = Severity::warning;
        f.message = target.row_label + "的数字连在一起（“" + rc.raw + "”），" +
                    (rc.exhausted ? "拆分组合过多，" : "找不到符合“六类申请人之和等于总计”的拆分，") + "该行按缺失处理";
      } else {
        f.rule = "table.unreadable_row";
        f.severity = Severity::warning;
        f.message = target.row_label + "：找到了行标题，但只读到 " + std::to_string(region.tokens.size()) +
                    " 个数值（应为 " + std::to_string(ncols) + " 个），该行按缺失处理";
      }
      ctx.findings.push_back(f);
    }
    table.rows.push_back(row);
  }
  if (!pending.empty()) choose_splits(ctx, table, pending);
  table.span = ctx.text.span(first_nb == std::string::npos ? 0 : first_nb, table_end);

  if (!missing.empty()) {
    Finding f;
    f.rule = "table.incomplete";
    f.severity = Severity::warning;
    f.table = "requests";
    std::string names;
    for (size_t k = 0; k < missing.size(); ++k) names += (k ? "、" : "") + missing[k];
    f.message = "表三（收到和处理政府信息公开申请情况）缺少 " + std::to_string(missing.size()) + " 行：" + names;
    for (const auto& row : table.rows)
      if (!row.found) f.cells.push_back({row.key, -1});
    f.span = table.span;
    ctx.findings.push_back(f);
  }
  return table;
}

}  // namespace

// A table counts as there when at least kMinRowsForTable rows have numbers; otherwise the
// labels found were quotes in the narrative and what reading them found is dropped.
std::optional<Table> read_requests(const ReadContext& ctx, size_t& table_end) {
  std::vector<Finding> local;
  const ReadContext local_ctx{ctx.text, ctx.compact, ctx.model, ctx.chains, local};
  auto table = read_requests_rows(local_ctx, table_end);
  if (!table) return std::nullopt;
  size_t with_numbers = 0;
  for (const auto& row : table->rows) {
    bool any = false;
    for (const auto& c : row.cells) any = any || c.value || c.blank;
    with_numbers += any ? 1 : 0;
  }
  if (with_numbers < kMinRowsForTable) return std::nullopt;
  ctx.findings.insert(ctx.findings.end(), local.begin(), local.end());
  return table;
}

}  // namespace xxgk
