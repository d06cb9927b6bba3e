#include "text/compact.h"

#include <algorithm>
#include <unordered_map>

#include "text/utf8.h"

namespace xxgk {

bool is_han(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }

bool dropped_in_compact(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '"': case '\'':
    case U'“': case U'”': case U'‘': case U'’': case U'「': case U'」': case U'『': case U'』':
      return true;
    default:
      return false;
  }
}

CompactText::CompactText(std::string_view norm) {
  text::BitRank::Builder kept, han_end;
  text_.reserve(norm.size());
  kept.reserve(norm.size());
  han_end.reserve(norm.size());
  for (size_t i = 0, len = 0; i < norm.size(); i += len) {
    const char32_t c = utf8::decode(norm, i, len);
    const bool keep = !dropped_in_compact(c);
    kept.push_back(keep, len);
    if (!keep) continue;
    text_.append(norm.data() + i, len);
    han_end.push_back(false, len - 1);
    han_end.push_back(is_han(c));
  }
  // White space is about a tenth of a report: give the rest back only when it was much more.
  if (text_.capacity() > text_.size() + text_.size() / 8) text_.shrink_to_fit();
  kept_ = kept.finish();
  han_end_ = han_end.finish();
}

NeedleIndex::NeedleIndex(std::vector<std::string> needles) : needles_(std::move(needles)), used_(1 << 10, 0) {
  std::sort(needles_.begin(), needles_.end());
  needles_.erase(std::unique(needles_.begin(), needles_.end()), needles_.end());
  for (size_t n = 0; n < needles_.size(); ++n) {
    const std::string& needle = needles_[n];
    if (needle.size() < 2) continue;
    // Two bytes: a CJK label's lead byte alone says little.
    const unsigned key = (static_cast<unsigned char>(needle[0]) << 8) | static_cast<unsigned char>(needle[1]);
    by_prefix_[key].push_back(static_cast<uint32_t>(n));
    used_[key >> 6] |= uint64_t{1} << (key & 63);
  }
}

size_t NeedleIndex::index_of(const std::string& needle) const {
  const auto it = std::lower_bound(needles_.begin(), needles_.end(), needle);
  return it != needles_.end() && *it == needle ? static_cast<size_t>(it - needles_.begin()) : std::string::npos;
}

void NeedleIndex::find_all(const std::string& s, const std::function<bool(size_t, size_t)>& found) const {
  std::vector<bool> stopped(needles_.size(), false);
  const size_t size = s.size();
  for (size_t i = 0; i + 1 < size; ++i) {
    const unsigned key = (static_cast<unsigned char>(s[i]) << 8) | static_cast<unsigned char>(s[i + 1]);
    if (!(used_[key >> 6] >> (key & 63) & 1) || (s[i] & 0xC0) == 0x80) continue;
    for (uint32_t n : by_prefix_.at(key)) {
      const std::string& needle = needles_[n];
      if (stopped[n] || needle.size() > size - i || s.compare(i, needle.size(), needle) != 0) continue;
      if (!found(n, i)) stopped[n] = true;
    }
  }
}

NeedleScan::NeedleScan(const std::string& text, const NeedleIndex& index, size_t cap)
    : index_(index), positions_(index.needles().size()) {
  index.find_all(text, [&](size_t n, size_t p) {
    positions_[n].push_back(p);
    return positions_[n].size() < cap;
  });
}

const std::vector<size_t>& NeedleScan::positions(const std::string& needle) const {
  static const std::vector<size_t> none;
  const size_t n = index_.index_of(needle);
  return n == std::string::npos ? none : positions_[n];
}

size_t CompactText::from_norm(size_t norm_pos) const {
  return norm_pos > kept_.size() ? text_.size() + 1 : kept_.rank(norm_pos);
}

}  // namespace xxgk
