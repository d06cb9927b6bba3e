#pragma once
// Whether a table's text prints its rows one after their labels at all. Text taken from a PDF by
// layout analysis (pdfminer's text boxes) may print a column of seven rows, one number a line,
// right after a row's label, where a row would stand: read as that row, it makes up an error. When
// most numbers among the labels are taken by no row, the rows that such a text would give are not
// to be trusted.
#include "read/runs.h"

namespace xxgk {

// `taken`: how many numbers the rows read took (the region's own tokens, each taken once). True
// when the numbers of the region's runs that no row took are more than those taken.
bool most_numbers_unclaimed(const RegionRuns& region, size_t taken);

}  // namespace xxgk
