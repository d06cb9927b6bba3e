#pragma once
// Whether numbers whose order the text does not show could still be a table of groups that add
// up: pdftotext's reading order follows a PDF's text blocks, and may print a group's total before
// its parts or two groups' columns in turns ("130 20 190 33 89 40 0 12 34 10").
#include <cstddef>
#include <vector>

namespace xxgk {

// Whether the values divide into `groups` groups of `size`, each of whose largest value is the sum
// of the others (parts and their total, the parts never negative). Bounded: at most
// C(n-1, size-1) · C(n-size-1, size-1) · … divisions, about 10⁵ for table 四's 15 numbers.
bool some_order_adds_up(const std::vector<double>& values, size_t groups, size_t size);

}  // namespace xxgk
