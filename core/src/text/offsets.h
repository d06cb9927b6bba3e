#pragma once
// A non-decreasing sequence of offsets into a text (code point → byte, byte → UTF-16 unit) in about
// 1.1 bytes per entry instead of 4: a 32-bit base per block of 32 entries and one byte per entry
// above its block's base. A block whose entries spread further (a long run of dropped characters)
// keeps them whole, aside.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace xxgk::text {

class Offsets {
 public:
  void reserve(size_t n);
  // v >= back(); offsets stay below 2^31.
  void push_back(uint32_t v) {
    if (delta_.size() % kBlock != 0 && v - base_.back() <= 0xFF) {  // a wide base never passes this
      delta_.push_back(static_cast<uint8_t>(v - base_.back()));
      return;
    }
    push_back_slow(v);
  }
  void shrink_to_fit();
  size_t size() const { return delta_.size(); }
  bool empty() const { return delta_.empty(); }
  uint32_t operator[](size_t i) const {
    const uint32_t b = base_[i / kBlock];
    return b & kWide ? wide_at(i) : b + delta_[i];
  }
  uint32_t back() const { return (*this)[size() - 1]; }
  // As std::lower_bound / std::upper_bound over the entries: the first index whose value is >= v
  // (> v), size() when none.
  size_t lower_bound(uint32_t v) const;
  size_t upper_bound(uint32_t v) const;

 private:
  static constexpr size_t kBlock = 32;
  static constexpr uint32_t kWide = 0x80000000u;  // in base_: the block's entries are in wide_
  uint32_t base(size_t block) const { return base_[block] & ~kWide; }
  void push_back_slow(uint32_t v);
  uint32_t wide_at(size_t i) const;
  // First index of block `block` onwards whose value satisfies `past` (v <= x or v < x).
  template <class Past>
  size_t first_past(Past past) const;

  std::vector<uint32_t> base_;         // per block: its first value, kWide when kept aside
  std::vector<uint8_t> delta_;         // per entry: value - base (unused in a wide block)
  std::vector<uint32_t> wide_blocks_;  // the wide blocks, ascending
  std::vector<uint32_t> wide_;         // their values, kBlock per block (the last may be shorter)
};

}  // namespace xxgk::text
