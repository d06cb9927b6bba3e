#include "read/unclaimed.h"

namespace xxgk {

// The rows' numbers are the region's own tokens, each taken once: counting is enough.
bool most_numbers_unclaimed(const RegionRuns& region, const std::vector<NumberToken>& taken) {
  size_t numbers = 0, claimed = 0;
  for (const auto& run : region.runs)
    for (const auto& t : run.tokens) numbers += t.value ? 1 : 0;
  for (const auto& t : taken) claimed += t.value ? 1 : 0;
  return numbers > 2 * claimed;
}

}  // namespace xxgk
