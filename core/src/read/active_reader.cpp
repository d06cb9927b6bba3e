// Table 二: 主动公开政府信息情况, one block per 第二十条 item, each with its own columns.
#include <algorithm>
#include <functional>
#include <memory>
#include <set>

#include "read/align.h"
#include "read/apart.h"
#include "read/blocks.h"
#include "read/cell_builder.h"
#include "read/label_chain.h"
#include "read/row_cells.h"
#include "read/table_anchors.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

constexpr size_t kMinRowsForTable = 2;
constexpr size_t kLastRowReach = 300;

// Several rows of one block whose numbers came out together, one number a paragraph (pdftotext
// without layout on a PDF whose cells are boxes: 规章 规范性文件 0 0 0 37 73 200, or 行政处罚 1574
// 430 250653 79 0 2665 行政强制): a run of k rows' worth is divided row by row among the row that
// took it and either the k-1 rows before it whose labels stand before it, or else the k-1 rows after
// it, when those have no run. Returns each chain row's tokens so divided (empty where not).
std::vector<std::vector<NumberToken>> rows_sharing_a_run(const ReadContext& ctx, const RegionRuns& region,
                                                         const ChainAnchors& found, const Alignment& alignment) {
  std::vector<std::vector<NumberToken>> out(alignment.run_of_row.size());
  size_t index = 0;
  for (const auto& block : ctx.model.active) {
    ++index;  // caption
    const size_t ncols = block.columns.size(), first = index;
    for (size_t r = 0; r < block.rows.size(); ++r) {
      const long g = alignment.run_of_row[first + r];
      if (g < 0) continue;
      const auto& tokens = region.runs[static_cast<size_t>(g)].tokens;
      if (ncols < 2 || tokens.size() < 2 * ncols || tokens.size() % ncols != 0) continue;
      const size_t k = tokens.size() / ncols;
      if (!each_number_a_paragraph(ctx.text.norm, tokens) ||
          !all_numbers(tokens))
        continue;
      const size_t run_begin = region.runs[static_cast<size_t>(g)].nb;
      size_t before = 0;
      while (before < r && alignment.run_of_row[first + r - before - 1] < 0 && found.of_row[first + r - before - 1] &&
             found.of_row[first + r - before - 1]->ne <= run_begin)
        ++before;
      size_t from = r - before;
      if (before != k - 1) {
        bool free = before == 0 && r + k <= block.rows.size();
        for (size_t q = 1; free && q < k; ++q) free = alignment.run_of_row[first + r + q] < 0;
        if (!free) continue;
        from = r;
      }
      for (size_t q = 0; q < k; ++q)
        out[first + from + q].assign(tokens.begin() + static_cast<long>(q * ncols), tokens.begin() + static_cast<long>((q + 1) * ncols));
      r = from + k - 1;
    }
    index += block.rows.size();
  }
  return out;
}

// A block's last columns printed apart, each under its own header word (plain pdftotext of a
// PDF whose one-row block has its right-hand column at the page's edge: "行政事业性收费 26" in the
// block, "本年增/减 37" after the table). For a block of one row that read only its first
// columns, and whose own header does not print the missing columns' labels: each missing label,
// found in order after the row's numbers, with a number alone right after it, gives that cell.
// Returns the numbers to append to each chain row's (empty where none).
std::vector<std::vector<NumberToken>> columns_apart(const ReadContext& ctx, const RegionRuns& region,
                                                    const ChainAnchors& found, const Alignment& alignment,
                                                    size_t region_end) {
  std::vector<std::vector<NumberToken>> out(alignment.run_of_row.size());
  const std::string& compact = ctx.compact.str();
  size_t index = 0, search_from = 0;  // compact position: after the last column taken
  for (const auto& block : ctx.model.active) {
    const size_t caption = index++;
    const size_t row = index;
    index += block.rows.size();
    const long g = alignment.run_of_row[row];
    if (block.rows.size() != 1 || g < 0 || !found.of_row[caption] || !found.of_row[row]) continue;
    const Run& run = region.runs[static_cast<size_t>(g)];
    const size_t have = run.tokens.size();
    if (have == 0 || have >= block.columns.size()) continue;
    const size_t header_b = ctx.compact.from_norm(found.of_row[caption]->ne);
    const size_t header_e = ctx.compact.from_norm(found.of_row[row]->nb);
    size_t from = std::max(search_from, ctx.compact.from_norm(run.ne));
    std::vector<NumberToken> cells;
    for (size_t c = have; c < block.columns.size(); ++c) {
      const std::string label = compact_label(block.columns[c].label);
      if (compact.substr(header_b, header_e - header_b).find(label) != std::string::npos) break;  // printed in place
      const auto number = number_under_word(ctx, label, from, region_end, found.anchors, &from);
      if (!number) break;
      cells.push_back(*number);
    }
    if (have + cells.size() != block.columns.size()) continue;
    out[row] = std::move(cells);
    search_from = from;
  }
  return out;
}

}  // namespace

std::optional<Table> read_active(const ReadContext& ctx) {
  const auto& chain_rows = active_chain_rows(ctx.model);
  const Chain& chain = ctx.chains.active;
  size_t found_rows = 0, captions = 0;
  for (size_t i = 0; i < chain_rows.size(); ++i)
    if (chain.rows[i]) ++(chain_rows[i].data ? found_rows : captions);
  // Without a 第二十条 caption, row labels found are the narrative's (规章173件、规范性文件867件).
  if (found_rows < kMinRowsForTable || captions == 0) return std::nullopt;

  const ChainAnchors found = chain_anchors(ctx, chain);
  const size_t region_end = std::min(ctx.text.norm.size(), found.end + kLastRowReach);
  size_t widest = 0;
  for (const auto& block : ctx.model.active) widest = std::max(widest, block.columns.size());
  RegionRuns region =
      find_runs(ctx.text.norm, found.begin, region_end, found.anchors, widest, header_words_u32(ctx.model, "active"));
  // A grid's spare columns (a PDF's column rules), for each width the blocks have, widest first.
  std::set<size_t, std::greater<>> widths;
  for (const auto& block : ctx.model.active) widths.insert(block.columns.size());
  for (size_t w : widths) drop_empty_columns(region, w);
  std::vector<AlignRow> align;
  for (size_t i = 0; i < chain_rows.size(); ++i) align.push_back(AlignRow{chain_rows[i].data, found.of_row[i], chain_rows[i].labels});
  const Alignment alignment = align_rows(ctx.text.norm, align, region);
  const auto shared = rows_sharing_a_run(ctx, region, found, alignment);
  const auto apart = columns_apart(ctx, region, found, alignment, region_end);

  Table table;
  table.id = "active";
  size_t index = 0;  // position in chain_rows (a caption row before each block's rows)
  size_t last = found.begin;
  for (const auto& block : ctx.model.active) {
    ++index;  // caption
    const size_t ncols = block.columns.size();
    for (const auto& spec : block.rows) {
      Row row;
      row.key = block.key + "." + spec.key;
      row.cells.assign(ncols, Cell{});
      const Anchor* anchor = found.of_row[index];
      long g = alignment.run_of_row[index];
      if (anchor) row.label_span = ctx.text.span(anchor->nb, anchor->ne);
      // A row that shares another row's run reads its part of it.
      if (g < 0 && !shared[index].empty()) g = region.run_holding(shared[index].front());
      if (g >= 0) {
        row.found = true;
        const Run& run = region.runs[static_cast<size_t>(g)];
        // A value cell spanning the block's grid leaves empty fields after it in a copy.
        RegionTokens tokens{shared[index].empty() ? run.tokens : shared[index], run.positional};
        tokens.tokens.insert(tokens.tokens.end(), apart[index].begin(), apart[index].end());
        tokens.below_label = anchor && anchor->ne <= run.nb && region.line_of(anchor->ne) < run.first_line;
        while (tokens.tokens.size() > ncols && tokens.tokens.back().blank) tokens.tokens.pop_back();
        RowCells rc = resolve_row_cells(ctx.text.norm, tokens, ncols, {});
        CellTarget target{ctx.text, "active", row.key, block.columns, ctx.notes};
        if (rc.direct) {
          row.cells = cells_from_tokens(target, rc.tokens);
        } else if (rc.candidates.size() == 1) {
          row.cells = cells_from_pieces(target, rc.tokens, rc.candidates.front());
        } else {
          ReadingNote n;
          n.kind = rc.ran_together ? ReadingNote::Kind::digits_unsplittable : ReadingNote::Kind::row_unreadable;
          n.table = "active";
          n.raw = rc.ran_together ? rc.raw
                                  : std::string(utf8::prefix(std::string_view(ctx.text.norm).substr(run.nb, run.ne - run.nb), 60));
          n.found = static_cast<size_t>(std::count_if(run.tokens.begin(), run.tokens.end(),
                                                  [](const NumberToken& t) { return t.value.has_value(); }));
          n.expected = ncols;
          n.span = ctx.text.span(run.nb, run.ne);
          for (int c = 0; c < static_cast<int>(ncols); ++c) n.cells.push_back({row.key, c});
          ctx.notes.push_back(std::move(n));
        }
        last = std::max(last, run.ne);
      } else if (anchor) {
        row.found = true;
        ReadingNote n;
        n.kind = ReadingNote::Kind::row_unreadable;
        n.table = "active";
        n.span = row.label_span;
        n.expected = ncols;
        for (int c = 0; c < static_cast<int>(ncols); ++c) n.cells.push_back({row.key, c});
        ctx.notes.push_back(std::move(n));
      }
      if (anchor) last = std::max(last, anchor->ne);
      table.rows.push_back(row);
      ++index;
    }
  }
  table.span = ctx.text.span(found.begin, last);
  return table;
}

}  // namespace xxgk
