#include "text/compact.h"

#include <algorithm>

#include "text/utf8.h"

namespace xxgk {

CompactText::CompactText(std::string_view norm) {
  text::BitRank::Builder kept, han_end;
  kept.reserve(norm.size());
  han_end.reserve(norm.size());
  text_.resize(norm.size());
  size_t size = 0;
  for (size_t i = 0, len = 0; i < norm.size(); i += len) {
    const char32_t c = utf8::decode(norm, i, len);
    const bool keep = !dropped_in_compact(c);
    kept.push_back(keep, len);
    if (!keep) continue;
    for (size_t k = 0; k < len; ++k) text_[size++] = norm[i + k];
    han_end.push_back(false, len - 1);
    han_end.push_back(is_han(c));
  }
  text_.resize(size);
  // White space is about a tenth of a report: give the rest back only when it was much more.
  if (text_.capacity() > text_.size() + text_.size() / 8) text_.shrink_to_fit();
  kept_ = kept.finish();
  han_end_ = han_end.finish();
}

NeedleIndex::NeedleIndex(std::vector<std::string> needles) : needles_(std::move(needles)) {
  std::sort(needles_.begin(), needles_.end());
  needles_.erase(std::unique(needles_.begin(), needles_.end()), needles_.end());
  for (const auto& needle : needles_)
    for (unsigned char b : needle)
      if (!byte_class_[b]) byte_class_[b] = static_cast<uint8_t>(classes_++);
  // The trie: child links, then each state's fallback (the longest proper suffix that is a state)
  // turns them into a complete transition table, breadth first.
  next_.assign(classes_, 0);
  std::vector<std::vector<uint32_t>> ends(1);  // per state: needles ending exactly there
  for (size_t n = 0; n < needles_.size(); ++n) {
    if (needles_[n].size() < 2) continue;
    uint32_t state = 0;
    for (unsigned char b : needles_[n]) {
      uint32_t& to = next_[state * classes_ + byte_class_[b]];
      if (!to) {
        to = static_cast<uint32_t>(ends.size());
        ends.emplace_back();
        next_.resize(next_.size() + classes_, 0);
      }
      state = next_[state * classes_ + byte_class_[b]];
    }
    ends[state].push_back(static_cast<uint32_t>(n));
  }
  const size_t states = ends.size();
  std::vector<uint32_t> fallback(states, 0), order;
  std::vector<std::vector<uint32_t>> outputs(states);
  for (size_t c = 1; c < classes_; ++c)
    if (next_[c]) order.push_back(next_[c]);
  for (size_t k = 0; k < order.size(); ++k) {
    const uint32_t state = order[k];
    // Needles ending here, the longer (this state's own) before those of its suffixes.
    outputs[state] = ends[state];
    outputs[state].insert(outputs[state].end(), outputs[fallback[state]].begin(), outputs[fallback[state]].end());
    for (size_t c = 1; c < classes_; ++c) {
      uint32_t& to = next_[state * classes_ + c];
      const uint32_t via_fallback = next_[fallback[state] * classes_ + c];
      if (to) {
        fallback[to] = via_fallback;
        order.push_back(to);
      } else {
        to = via_fallback;
      }
    }
  }
  out_begin_.assign(states + 1, 0);
  for (size_t st = 0; st < states; ++st) {
    out_begin_[st + 1] = out_begin_[st] + static_cast<uint32_t>(outputs[st].size());
    out_.insert(out_.end(), outputs[st].begin(), outputs[st].end());
  }
}

size_t NeedleIndex::index_of(const std::string& needle) const {
  const auto it = std::lower_bound(needles_.begin(), needles_.end(), needle);
  return it != needles_.end() && *it == needle ? static_cast<size_t>(it - needles_.begin()) : std::string::npos;
}

void NeedleIndex::find_all(const std::string& s, const std::function<bool(size_t, size_t)>& found) const {
  std::vector<bool> stopped(needles_.size(), false);
  uint32_t state = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    state = next_[state * classes_ + byte_class_[static_cast<unsigned char>(s[i])]];
    for (uint32_t k = out_begin_[state]; k < out_begin_[state + 1]; ++k) {
      const uint32_t n = out_[k];
      const size_t at = i + 1 - needles_[n].size();
      // A match starts on a character (needles are whole characters).
      if (stopped[n] || (s[at] & 0xC0) == 0x80) continue;
      if (!found(n, at)) stopped[n] = true;
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
