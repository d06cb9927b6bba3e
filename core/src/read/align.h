#pragma once
// Which run of numbers each data row of a table takes. A row whose label was found takes the run
// right after its label (or, for a label wrapped around its numbers, the run just before it on
// the line above); rows whose labels were not found (printed with typos beyond recognition,
// dumped elsewhere by a converter, not printed at all) take the leftover runs between their
// neighbours' runs only when the count leaves no doubt (as many runs as rows), or when the
// trace of a label next to a run names the row. A run is never given to a row its label does not
// support.
#include <string>
#include <string_view>
#include <vector>

#include "read/runs.h"

namespace xxgk {

struct AlignRow {
  bool data = true;                  // group rows only delimit
  const Anchor* anchor = nullptr;    // where its label was found, if it was
  std::vector<std::string> traces;   // compact numbering + label forms, to recognise a label's trace
};

struct Alignment {
  std::vector<long> run_of_row;      // per row: index into runs, or -1
  std::vector<bool> by_order;        // the run was given by position among its neighbours alone
};

// `fixed`: runs already known to be a row's (-1 where none), taken before anything else.
Alignment align_rows(std::string_view norm, const std::vector<AlignRow>& rows, const RegionRuns& runs,
                     const std::vector<long>& fixed = {});

// How much of `trace` (compact) appears, in order, in `text` (compact): 0..1.
double trace_similarity(const std::string& text, const std::string& trace);

}  // namespace xxgk
