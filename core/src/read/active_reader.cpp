// Table 二: 主动公开政府信息情况, one block per 第二十条 item.
#include <memory>

#include "read/cell_builder.h"
#include "read/row_cells.h"
#include "read/table_reader.h"
#include "text/utf8.h"

namespace xxgk {
namespace {
constexpr size_t kMinRowsForTable = 2;
constexpr size_t kLastRowReach = 300;
}  // namespace

std::optional<Table> read_active(const ReadContext& ctx) {
  const auto& chain_rows = active_chain_rows(ctx.model);
  const Chain& chain = ctx.chains.active;
  size_t found = 0, captions = 0;
  for (size_t i = 0; i < chain_rows.size(); ++i)
    if (chain.rows[i]) ++(chain_rows[i].data ? found : captions);
  // Without a 第二十条 caption, row labels found are the narrative's (规章173件、规范性文件867件).
  if (found < kMinRowsForTable || captions == 0) return std::nullopt;

  Table table;
  table.id = "active";
  size_t index = 0;  // position in chain_rows (a caption row before each block's rows)
  size_t first = std::string::npos, last = 0;
  for (const auto& block : ctx.model.active) {
    ++index;  // caption
    for (const auto& spec : block.rows) {
      Row row;
      row.key = block.key + "." + spec.key;
      row.cells.assign(block.columns.size(), Cell{});
      const auto& match = chain.rows[index];
      if (match) {
        row.found = true;
        const size_t label_nb = ctx.compact.to_norm(match->begin);
        const size_t nb = ctx.compact.to_norm(match->end);
        row.label_span = ctx.text.span(label_nb, nb);
        size_t ne = std::min(ctx.text.norm.size(), nb + kLastRowReach);
        for (size_t j = index + 1; j < chain_rows.size(); ++j)
          if (chain.rows[j]) { ne = ctx.compact.to_norm(chain.rows[j]->begin); break; }
        const RegionTokens region = read_cells(ctx.text.norm, nb, ne, block.columns.size());
        RowCells rc = resolve_row_cells(region, block.columns.size(), {});
        CellTarget target{ctx.text, "active", row.key, block.columns, ctx.notes};
        if (rc.direct) {
          row.cells = cells_from_tokens(target, rc.tokens);
        } else if (rc.candidates.size() == 1) {
          row.cells = cells_from_pieces(target, rc.tokens, rc.candidates.front());
        } else {
          ReadingNote n;
          n.kind = rc.ran_together ? ReadingNote::Kind::digits_unsplittable : ReadingNote::Kind::row_unreadable;
          n.table = "active";
          n.raw = rc.ran_together ? rc.raw : std::string(utf8::prefix(std::string_view(ctx.text.norm).substr(nb, ne - nb), 60));
          n.found = region.tokens.size();
          n.expected = block.columns.size();
          n.span = rc.tokens.empty() ? row.label_span : ctx.text.span(rc.nb, rc.ne);
          for (int c = 0; c < static_cast<int>(block.columns.size()); ++c) n.cells.push_back({row.key, c});
          ctx.notes.push_back(std::move(n));
        }
        first = std::min(first, label_nb);
        last = std::max(last, rc.tokens.empty() ? nb : rc.ne);
      }
      table.rows.push_back(row);
      ++index;
    }
  }
  table.span = ctx.text.span(first == std::string::npos ? 0 : first, last);
  return table;
}

}  // namespace xxgk
