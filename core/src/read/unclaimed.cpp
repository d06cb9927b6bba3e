#include "read/unclaimed.h"

#include <algorithm>

namespace xxgk {

bool most_numbers_unclaimed(const RegionRuns& region, const std::vector<NumberToken>& taken) {
  std::vector<size_t> starts;
  for (const auto& t : taken)
    if (t.value) starts.push_back(t.nb);
  std::sort(starts.begin(), starts.end());
  size_t unclaimed = 0;
  for (const auto& run : region.runs)
    for (const auto& t : run.tokens)
      if (t.value && !std::binary_search(starts.begin(), starts.end(), t.nb)) ++unclaimed;
  return unclaimed > starts.size();
}

}  // namespace xxgk
