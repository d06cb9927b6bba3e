#pragma once
// The normalised text without white space and quote marks, for matching labels that PDF and web
// copies break with stray spaces, line breaks or different quotes ("结果 维持", 危及“三安全一稳定”).
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace xxgk {

class CompactText {
 public:
  explicit CompactText(std::string_view norm);
  const std::string& str() const { return text_; }
  size_t to_norm(size_t compact_pos) const { return to_norm_[compact_pos]; }
  // The normalised position just after compact range [.., end): right after its last byte, not
  // at the next kept character (which may lie after spaces or a line break).
  size_t end_in_norm(size_t end) const { return end == 0 ? to_norm_[0] : to_norm_[end - 1] + 1; }
  // Han characters in [begin, end) of the compact text.
  size_t han_between(size_t begin, size_t end) const { return han_before_[end] - han_before_[begin]; }
  // Compact position of the first compact byte at or after a normalised position.
  size_t from_norm(size_t norm_pos) const;

 private:
  std::string text_;
  std::vector<uint32_t> to_norm_;    // size text_.size()+1 (inputs are far below 4 GiB)
  std::vector<uint32_t> han_before_;  // size text_.size()+1
};

bool is_han(char32_t c);
// White space and quote marks: what the compact text leaves out.
bool dropped_in_compact(char32_t c);

// A fixed set of needles (labels, header words) indexed by their first two bytes, built once
// and searched for in one pass over a text. Needles shorter than two bytes are ignored.
class NeedleIndex {
 public:
  explicit NeedleIndex(std::vector<std::string> needles);
  const std::vector<std::string>& needles() const { return needles_; }  // sorted, unique
  // Index of a needle in needles(), or npos.
  size_t index_of(const std::string& needle) const;
  // found(needle index, position) for every occurrence; returning false stops that needle.
  void find_all(const std::string& s, const std::function<bool(size_t, size_t)>& found) const;

 private:
  std::vector<std::string> needles_;
  std::unordered_map<unsigned, std::vector<uint32_t>> by_prefix_;
  std::vector<uint64_t> used_;  // bitmap of the two-byte prefixes in use
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
