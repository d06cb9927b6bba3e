#include "text/bit_rank.h"

namespace xxgk::text {
namespace {

// Position of the k-th set bit of w (k < popcount(w)).
int select_in_word(uint64_t w, size_t k) {
  for (; k > 0; --k) w &= w - 1;
  return __builtin_ctzll(w);
}

}  // namespace

BitRank BitRank::Builder::finish() {
  const size_t size = words_.size() * 64 + used_;
  if (used_) flush();
  return BitRank(std::move(words_), size);
}

BitRank::BitRank(std::vector<uint64_t> words, size_t size) : words_(std::move(words)), size_(size) {
  words_.resize(size / 64 + 1, 0);  // the word holding bit `size` keeps rank(size()) in bounds
  words_.back() &= (uint64_t{1} << (size % 64)) - 1;
  before_.assign(words_.size() + 1, 0);
  next_word_.assign(words_.size() + 1, static_cast<uint32_t>(words_.size()));
  size_t ones = 0;
  for (size_t w = 0; w < words_.size(); ++w) {
    before_[w] = static_cast<uint32_t>(ones);
    const size_t here = static_cast<size_t>(__builtin_popcountll(words_[w]));
    // A sample for every multiple of kSample reached inside this word.
    for (size_t k = (ones + kSample - 1) / kSample * kSample; k < ones + here; k += kSample)
      select_word_.push_back(static_cast<uint32_t>(w));
    ones += here;
  }
  before_[words_.size()] = static_cast<uint32_t>(ones);
  for (size_t w = words_.size(); w-- > 0;) next_word_[w] = words_[w] ? static_cast<uint32_t>(w) : next_word_[w + 1];
  ones_ = ones;
}

size_t BitRank::select(size_t k) const {
  if (k >= ones_) return size_;
  size_t w = select_word_[k / kSample];
  while (before_[w + 1] <= k) ++w;
  return w * 64 + static_cast<size_t>(select_in_word(words_[w], k - before_[w]));
}

}  // namespace xxgk::text
