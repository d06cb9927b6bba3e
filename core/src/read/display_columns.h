#pragma once
// Where text sits on its line as a fixed-width font shows it: a wide (CJK) character takes two
// columns, others one. pandoc's plain and Markdown tables, and terminals, align columns so;
// pdftotext -layout counts every character as one column. Widths are those of the original
// characters (normalising makes "（" "(", one column narrower).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "xxgk/text.h"

namespace xxgk {

class DisplayColumns {
 public:
  explicit DisplayColumns(const Text& text);
  // The display column of the middle of norm [nb, ne), counted from its line's start. Calls in
  // text order on one line are counted on from the last (a one-line report has thousands).
  double center_of(size_t nb, size_t ne) const;

 private:
  double width_before(size_t index) const;  // display columns from the line's start to code point `index`
  const Text& text_;
  std::vector<uint8_t> width_at16_;  // per UTF-16 unit of the original: the width of the character starting there
  mutable size_t line_ = 0, counted_to_ = 0;
  mutable double counted_ = 0;
};

}  // namespace xxgk
