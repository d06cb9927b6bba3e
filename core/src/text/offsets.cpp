#include "text/offsets.h"

#include <algorithm>

namespace xxgk::text {

void Offsets::reserve(size_t n) {
  delta_.reserve(n);
  base_.reserve(n / kBlock + 1);
}

void Offsets::push_back_slow(uint32_t v) {
  const size_t i = delta_.size();
  const size_t block = i / kBlock;
  if (i % kBlock == 0) base_.push_back(v);
  const bool wide = base_[block] & kWide;
  if (!wide && v - base_[block] > 0xFF) {
    // Set this block aside with its full values.
    wide_blocks_.push_back(static_cast<uint32_t>(block));
    for (size_t k = block * kBlock; k < i; ++k) wide_.push_back(base_[block] + delta_[k]);
    base_[block] |= kWide;
  }
  if (base_[block] & kWide) {
    wide_.push_back(v);
    delta_.push_back(0);
  } else {
    delta_.push_back(static_cast<uint8_t>(v - base_[block]));
  }
}

void Offsets::shrink_to_fit() {
  base_.shrink_to_fit();
  delta_.shrink_to_fit();
  wide_blocks_.shrink_to_fit();
  wide_.shrink_to_fit();
}

uint32_t Offsets::wide_at(size_t i) const {
  const size_t block = i / kBlock;
  const size_t rank = static_cast<size_t>(
      std::lower_bound(wide_blocks_.begin(), wide_blocks_.end(), static_cast<uint32_t>(block)) - wide_blocks_.begin());
  return wide_[rank * kBlock + i % kBlock];
}

template <class Past>
size_t Offsets::first_past(Past past) const {
  // The first block whose base is past; the answer is in the block before it, or is its start.
  size_t lo = 0, hi = base_.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (past(base(mid))) hi = mid;
    else lo = mid + 1;
  }
  if (lo == 0) return 0;
  // Within that block, by halves too (its entries do not decrease either).
  size_t first = (lo - 1) * kBlock, last = std::min(size(), lo * kBlock);
  while (first < last) {
    const size_t mid = (first + last) / 2;
    if (past((*this)[mid])) last = mid;
    else first = mid + 1;
  }
  return first;
}

size_t Offsets::lower_bound(uint32_t v) const {
  return first_past([v](uint32_t x) { return x >= v; });
}

size_t Offsets::upper_bound(uint32_t v) const {
  return first_past([v](uint32_t x) { return x > v; });
}

}  // namespace xxgk::text
