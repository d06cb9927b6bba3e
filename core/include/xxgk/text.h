#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/span.h"

namespace xxgk {

// The input as given and its normalised form (NFKC, one kind of space, '\n' line ends,
// simplified characters), with a map from every normalised byte back to the original.
struct Text {
  std::string original;             // UTF-8, exactly as given
  std::string norm;                 // normalised UTF-8: all parsing reads this
  std::vector<int32_t> norm_to_orig16;  // size norm.size()+1: UTF-16 offset in original
  bool traditional = false;         // the input was written in traditional characters
  std::vector<uint32_t> page_breaks;  // positions in norm where a form feed (page break) stood
  // Code-point view of norm, built on first use (text::decoded) and shared
  // by all of them; type-erased to keep this header free of their types.
  mutable std::shared_ptr<const void> code_points;

  // Span in the original (UTF-16) of the normalised byte range [nb, ne).
  Span span(size_t nb, size_t ne) const;
  // Span in the original (UTF-16) of the original UTF-8 byte range [b, e).
  Span span_of_original(size_t b, size_t e) const;
  // 1-based line and column (in characters) of an original UTF-16 offset, for diagnostics.
  std::pair<int, int> line_col(int32_t orig16) const;
};

// Builds a Text (ICU: NFKC, spaces, Hant→Hans when the text is traditional).
Text normalize(std::string_view utf8);

}  // namespace xxgk
