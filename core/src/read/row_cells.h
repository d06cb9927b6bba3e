#pragma once
// Decides a row's cells from the tokens after its label: one token per cell, or digit runs
// split under the row's own relations (several splits may fit; the table reader chooses).
#include <optional>
#include <string_view>
#include <vector>

#include "read/cell_tokens.h"
#include "read/digit_split.h"

namespace xxgk {

struct RowCells {
  std::vector<NumberToken> tokens;  // tokens the cells come from (a merged run when re-split)
  bool direct = false;              // tokens[0..expected) are the cells
  std::vector<std::vector<DigitPiece>> candidates;  // splits of digit runs, when not direct
  bool exhausted = false;           // the split search hit its bound
  bool ran_together = false;        // the digits arrived glued
  bool digits_decide = false;       // only one split is possible at all: no relation was asked
  bool placed_by_order = false;     // fewer numbers than cells, no positions: the row's relation
                                    // placed them (parts first, the total last), blanks between
  std::vector<size_t> guessed;      // placed by order: the part cells whose column is a guess (those of
                                    // a relation printing fewer parts than it has)
  bool breaks_row = false;          // no split keeps the row's own relation: the candidates are all
                                    // the splits there are (few), the relations choose among them
  std::string raw;                  // the raw digits, for messages
  size_t nb = 0, ne = 0;            // normalised range of the tokens
};

// Whether every number stands on a line of its own (at least two of them).
bool each_on_its_own_line(std::string_view norm, const std::vector<NumberToken>& tokens);

// Whether the relations hold over the tokens from `first` on (cell i is t[first + i]; no value counts as 0).
bool relations_hold(const std::vector<NumberToken>& t, size_t first, const std::vector<LocalEquation>& eqs);

// Whether the tokens stand on more than one line.
bool on_several_lines(std::string_view norm, const std::vector<NumberToken>& tokens);

// Where each relation's numbers start when a row (or table 四) prints only its non-blank cells, in
// the relations' order, each its parts then its total: a relation printing nothing is all blank, one
// printing numbers prints at least a part and its total, and the total is the parts' sum. Empty
// when no division, or more than one, keeps every sum.
std::optional<std::vector<size_t>> divide_by_sums(const std::vector<NumberToken>& tokens,
                                                  const std::vector<LocalEquation>& eqs);

// `norm`: the text the tokens are in (numbers each on a line of their own are cells, never glued digits).
RowCells resolve_row_cells(std::string_view norm, const RegionTokens& region, size_t expected,
                           const std::vector<LocalEquation>& equations);

}  // namespace xxgk
