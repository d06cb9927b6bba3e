#include "parse/compact.h"

#include <algorithm>
#include <unordered_map>

#include "text/utf8.h"

namespace xxgk {

bool is_han(char32_t c) { return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF); }

namespace {
bool dropped(char32_t c) {
  switch (c) {
    case ' ': case '\t': case '\n': case '"': case '\'':
    case U'“': case U'”': case U'‘': case U'’': case U'「': case U'」': case U'『': case U'』':
      return true;
    default:
      return false;
  }
}
}  // namespace

CompactText::CompactText(std::string_view norm) {
  text_.reserve(norm.size());
  to_norm_.reserve(norm.size() + 1);
  han_before_.reserve(norm.size() + 1);
  uint32_t han = 0;
  size_t len = 0;
  for (size_t i = 0; i < norm.size(); i += len) {
    const char32_t c = utf8::decode(norm, i, len);
    if (dropped(c)) continue;
    for (size_t k = 0; k < len; ++k) {
      text_ += norm[i + k];
      to_norm_.push_back(static_cast<uint32_t>(i + k));
      han_before_.push_back(han);
    }
    if (is_han(c)) ++han;
  }
  to_norm_.push_back(static_cast<uint32_t>(norm.size()));
  han_before_.push_back(han);
}

void find_all(const std::string& s, const std::vector<std::string>& needles,
              const std::function<bool(size_t, size_t)>& found) {
  // Needles indexed by their first two bytes (a CJK label's lead byte alone says little); a
  // bitmap of the keys in use rejects most positions without a lookup.
  std::unordered_map<unsigned, std::vector<uint32_t>> by_prefix;
  std::vector<uint64_t> used(1 << 10, 0);
  for (size_t n = 0; n < needles.size(); ++n) {
    const std::string& needle = needles[n];
    if (needle.size() < 2) continue;  // labels and header words are never a single byte
    const unsigned key = (static_cast<unsigned char>(needle[0]) << 8) | static_cast<unsigned char>(needle[1]);
    by_prefix[key].push_back(static_cast<uint32_t>(n));
    used[key >> 6] |= uint64_t{1} << (key & 63);
  }
  std::vector<bool> stopped(needles.size(), false);
  const size_t size = s.size();
  for (size_t i = 0; i + 1 < size; ++i) {
    const unsigned key = (static_cast<unsigned char>(s[i]) << 8) | static_cast<unsigned char>(s[i + 1]);
    if (!(used[key >> 6] >> (key & 63) & 1) || (s[i] & 0xC0) == 0x80) continue;
    for (uint32_t n : by_prefix[key]) {
      const std::string& needle = needles[n];
      if (stopped[n] || needle.size() > size - i || s.compare(i, needle.size(), needle) != 0) continue;
      if (!found(n, i)) stopped[n] = true;
    }
  }
}

NeedleScan::NeedleScan(const std::string& text, std::vector<std::string> needles, size_t cap)
    : needles_(std::move(needles)), positions_(needles_.size()) {
  std::sort(needles_.begin(), needles_.end());
  needles_.erase(std::unique(needles_.begin(), needles_.end()), needles_.end());
  positions_.assign(needles_.size(), {});
  find_all(text, needles_, [&](size_t n, size_t p) {
    positions_[n].push_back(p);
    return positions_[n].size() < cap;
  });
}

const std::vector<size_t>& NeedleScan::positions(const std::string& needle) const {
  static const std::vector<size_t> none;
  const auto it = std::lower_bound(needles_.begin(), needles_.end(), needle);
  return it != needles_.end() && *it == needle ? positions_[static_cast<size_t>(it - needles_.begin())] : none;
}

size_t CompactText::from_norm(size_t norm_pos) const {
  return static_cast<size_t>(std::lower_bound(to_norm_.begin(), to_norm_.end(), static_cast<uint32_t>(norm_pos)) - to_norm_.begin());
}

}  // namespace xxgk
