#include "read/group_order.h"

#include <algorithm>

namespace xxgk {
namespace {

// Each group holds the first value not yet used and size-1 later ones: every division once.
struct Division {
  const std::vector<double>& values;
  size_t size;
  std::vector<bool> used;

  bool next_group() {
    const auto first = std::find(used.begin(), used.end(), false);
    if (first == used.end()) return true;
    const size_t i = static_cast<size_t>(first - used.begin());
    used[i] = true;
    if (extend(1, i + 1, values[i], values[i])) return true;
    used[i] = false;
    return false;
  }

  bool extend(size_t count, size_t from, double sum, double largest) {
    if (count == size) return 2 * largest == sum && next_group();
    for (size_t i = from; i < values.size(); ++i) {
      if (used[i]) continue;
      used[i] = true;
      if (extend(count + 1, i + 1, sum + values[i], std::max(largest, values[i]))) return true;
      used[i] = false;
    }
    return false;
  }
};

}  // namespace

bool some_order_adds_up(const std::vector<double>& values, size_t groups, size_t size) {
  if (size < 2 || values.size() != groups * size) return false;
  if (std::any_of(values.begin(), values.end(), [](double v) { return v < 0; })) return false;
  Division division{values, size, std::vector<bool>(values.size(), false)};
  return division.next_group();
}

}  // namespace xxgk
