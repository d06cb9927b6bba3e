#pragma once
// Where text sits on its line as a fixed-width font shows it: a wide (CJK) character takes two
// columns, others one. pandoc's plain and Markdown tables, and terminals, align columns so;
// pdftotext -layout counts every character as one column. Widths are those of the original
// characters (normalising makes "（" "(", one column narrower).
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "xxgk/text.h"

namespace xxgk {

class DisplayColumns {
 public:
  explicit DisplayColumns(const Text& text) : text_(text) {}
  // The display column of the middle of norm [nb, ne), counted from its line's start. Calls in
  // text order on one line are counted on from the last (a one-line report has thousands).
  double center_of(size_t nb, size_t ne) const;
  std::string_view norm() const { return text_.norm; }

 private:
  double width_before(size_t index) const;  // display columns from the line's start to code point `index`
  double width_at(uint32_t orig16) const;    // of the original character at that UTF-16 offset
  const Text& text_;
  // Where a walk through the original stands (UTF-16 offset, byte offset): queries come mostly in
  // text order, so the original is walked once, not decoded whole.
  mutable uint32_t cursor16_ = 0;
  mutable size_t cursor8_ = 0;
  mutable std::vector<std::pair<uint32_t, size_t>> checkpoints_;  // walked positions, every kCheckpoint units
  mutable size_t line_ = 0, counted_to_ = 0;
  mutable double counted_ = 0;
};

}  // namespace xxgk
