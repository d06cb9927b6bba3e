#pragma once
// The normalised text without white space and quote marks, for matching labels that PDF and web
// copies break with stray spaces, line breaks or different quotes ("结果 维持", 危及“三安全一稳定”).
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "text/bit_rank.h"

namespace xxgk {

class CompactText {
 public:
  explicit CompactText(std::string_view norm);
  const std::string& str() const { return text_; }
  // Normalised position of a compact position (the end of the compact text: the end of norm).
  size_t to_norm(size_t compact_pos) const { return kept_.select(compact_pos); }
  // The normalised position just after compact range [.., end): right after its last byte, not
  // at the next kept character (which may lie after spaces or a line break).
  size_t end_in_norm(size_t end) const { return end == 0 ? to_norm(0) : to_norm(end - 1) + 1; }
  // Per compact byte: whether it is the last byte of a Han character.
  const text::BitRank& han_ends() const { return han_end_; }
  // Compact position of the first compact byte at or after a normalised position.
  size_t from_norm(size_t norm_pos) const;

 private:
  std::string text_;
  text::BitRank kept_;     // per normalised byte: kept in the compact text
  text::BitRank han_end_;  // per compact byte: the last byte of a Han character
};

inline bool is_han(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }
// White space and quote marks: what the compact text leaves out.
inline bool dropped_in_compact(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '"': case '\'':
    case U'“': case U'”': case U'‘': case U'’': case U'「': case U'」': case U'『': case U'』':
      return true;
    default:
      return false;
  }
}

// A fixed set of needles (labels, header words) as one automaton (Aho-Corasick over bytes): built
// once, it finds every occurrence of every needle in one pass over a text, a table step a byte.
// Needles shorter than two bytes are ignored.
class NeedleIndex {
 public:
  explicit NeedleIndex(std::vector<std::string> needles);
  const std::vector<std::string>& needles() const { return needles_; }  // sorted, unique
  // Index of a needle in needles(), or npos.
  size_t index_of(const std::string& needle) const;
  // found(needle index, position) for every occurrence, in the order the occurrences end;
  // returning false stops that needle.
  void find_all(const std::string& s, const std::function<bool(size_t, size_t)>& found) const;

 private:
  std::vector<std::string> needles_;
  uint8_t byte_class_[256] = {};        // 0: a byte no needle has
  size_t classes_ = 1;
  std::vector<uint32_t> next_;          // state * classes_ + class → state (0: the start)
  std::vector<uint32_t> out_begin_;     // per state (+1): its needles in out_, those ending there
  std::vector<uint32_t> out_;
};

// Where the needles of an index occur in one text, at most `cap` positions each.
class NeedleScan {
 public:
  NeedleScan(const std::string& text, const NeedleIndex& index, size_t cap);
  const std::vector<size_t>& positions(const std::string& needle) const;

 private:
  const NeedleIndex& index_;
  std::vector<std::vector<size_t>> positions_;
};

}  // namespace xxgk
