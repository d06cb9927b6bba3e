#pragma once
// One bit per position of a text with constant-time counts: how many set bits lie before a
// position (rank), where the k-th set bit is (select) and the next set bit at or after a position.
// About 0.2 bytes per position where a prefix count took 4.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace xxgk::text {

class BitRank {
 public:
  // Appends bits in order, a word at a time.
  class Builder {
   public:
    void reserve(size_t bits) { words_.reserve(bits / 64 + 2); }
    void push_back(bool bit) {
      word_ |= uint64_t{bit} << used_;
      if (++used_ == 64) flush();
    }
    void push_back(bool bit, size_t n) {
      for (size_t k = 0; k < n; ++k) push_back(bit);
    }
    BitRank finish();

   private:
    void flush() {
      words_.push_back(word_);
      word_ = 0;
      used_ = 0;
    }
    std::vector<uint64_t> words_;
    uint64_t word_ = 0;
    unsigned used_ = 0;
  };

  BitRank() : BitRank({}, 0) {}
  // Bit i of the text is bit i % 64 of words[i / 64]; bits past size are 0.
  BitRank(std::vector<uint64_t> words, size_t size);

  size_t size() const { return size_; }
  size_t ones() const { return ones_; }
  const std::vector<uint64_t>& words() const { return words_; }
  bool test(size_t i) const { return (words_[i / 64] >> (i % 64)) & 1; }
  // Set bits in [0, i), i <= size().
  size_t rank(size_t i) const {
    const size_t w = i / 64, bit = i % 64;
    return before_[w] + (bit ? static_cast<size_t>(__builtin_popcountll(words_[w] & ((uint64_t{1} << bit) - 1))) : 0);
  }
  // Position of the k-th set bit (from 0), size() when k >= ones().
  size_t select(size_t k) const;
  // The first set bit at or after i, size() when none.
  size_t next_one(size_t i) const {
    if (i >= size_) return size_;
    const uint64_t here = words_[i / 64] & (~uint64_t{0} << (i % 64));
    if (here) return i / 64 * 64 + static_cast<size_t>(__builtin_ctzll(here));
    const size_t next = next_word_[i / 64 + 1];
    return next < words_.size() ? next * 64 + static_cast<size_t>(__builtin_ctzll(words_[next])) : size_;
  }

 private:
  static constexpr size_t kSample = 64;  // select samples every kSample set bits
  std::vector<uint64_t> words_;
  std::vector<uint32_t> before_;        // set bits before each word
  std::vector<uint32_t> next_word_;     // per word: the first word at or after it with a set bit
  std::vector<uint32_t> select_word_;   // per kSample set bits: the word holding the first of them
  size_t size_ = 0, ones_ = 0;
};

}  // namespace xxgk::text
