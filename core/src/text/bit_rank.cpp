#include "text/bit_rank.h"

namespace xxgk::text {
namespace {

int popcount(uint64_t w) { return __builtin_popcountll(w); }
int lowest(uint64_t w) { return __builtin_ctzll(w); }

// Position of the k-th set bit of w (k < popcount(w)).
int select_in_word(uint64_t w, size_t k) {
  for (; k > 0; --k) w &= w - 1;
  return lowest(w);
}

}  // namespace

void BitRank::push_back(bool bit) {
  if (size_ % 64 == 0) words_.push_back(0);
  if (bit) words_.back() |= uint64_t{1} << (size_ % 64);
  ++size_;
}

void BitRank::finish() {
  words_.shrink_to_fit();
  before_.assign(words_.size() + 1, 0);
  next_word_.assign(words_.size() + 1, static_cast<uint32_t>(words_.size()));
  select_word_.clear();
  size_t ones = 0;
  for (size_t w = 0; w < words_.size(); ++w) {
    before_[w] = static_cast<uint32_t>(ones);
    const size_t here = static_cast<size_t>(popcount(words_[w]));
    // A sample for every multiple of kSample reached inside this word.
    for (size_t k = (ones + kSample - 1) / kSample * kSample; k < ones + here; k += kSample)
      select_word_.push_back(static_cast<uint32_t>(w));
    ones += here;
  }
  before_[words_.size()] = static_cast<uint32_t>(ones);
  for (size_t w = words_.size(); w-- > 0;) next_word_[w] = words_[w] ? static_cast<uint32_t>(w) : next_word_[w + 1];
  ones_ = ones;
}

size_t BitRank::rank(size_t i) const {
  const size_t w = i / 64, bit = i % 64;
  return before_[w] + (bit ? static_cast<size_t>(popcount(words_[w] & ((uint64_t{1} << bit) - 1))) : 0);
}

size_t BitRank::select(size_t k) const {
  if (k >= ones_) return size_;
  size_t w = select_word_[k / kSample];
  while (before_[w + 1] <= k) ++w;
  return w * 64 + static_cast<size_t>(select_in_word(words_[w], k - before_[w]));
}

size_t BitRank::next_one(size_t i) const {
  if (i >= size_) return size_;
  const size_t w = i / 64;
  const uint64_t here = words_[w] & (~uint64_t{0} << (i % 64));
  if (here) return w * 64 + static_cast<size_t>(lowest(here));
  const size_t next = next_word_[w + 1];
  return next < words_.size() ? next * 64 + static_cast<size_t>(lowest(words_[next])) : size_;
}

}  // namespace xxgk::text
