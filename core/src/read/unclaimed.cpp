#include "read/unclaimed.h"

namespace xxgk {

bool most_numbers_unclaimed(const RegionRuns& region, size_t taken) {
  size_t numbers = 0;
  for (const auto& run : region.runs)
    for (const auto& t : run.tokens) numbers += t.value ? 1 : 0;
  return numbers > 2 * taken;
}

}  // namespace xxgk
