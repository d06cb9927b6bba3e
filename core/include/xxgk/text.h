#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/span.h"

namespace xxgk {

namespace text {
struct NormView;  // core/src/text/code_points.h
}

// The input as given and its normalised form (NFKC, one kind of space, '\n' line ends,
// simplified characters), with a map from every normalised character back to the original.
struct Text {
  std::string original;             // UTF-8, exactly as given
  std::string norm;                 // normalised UTF-8: all parsing reads this
  bool traditional = false;         // the input was written in traditional characters
  std::vector<uint32_t> page_breaks;  // positions in norm where a form feed (page break) stood
  // The code points of norm with the byte offset of each in norm and the UTF-16 offset in the
  // original of the character each came from; built by normalize() and shared by every reader
  // (text::decoded).
  std::shared_ptr<const text::NormView> view;

  // Span in the original (UTF-16) of the normalised byte range [nb, ne).
  Span span(size_t nb, size_t ne) const;
  // Span in the original (UTF-16) of the original UTF-8 byte range [b, e).
  Span span_of_original(size_t b, size_t e) const;
  // 1-based line and column (in characters) of an original UTF-16 offset, for diagnostics.
  std::pair<int, int> line_col(int32_t orig16) const;
};

// Builds a Text (ICU: NFKC, spaces, Hant→Hans when the text is traditional); the string becomes
// its original (move it in to spare a copy).
Text normalize(std::string utf8);

}  // namespace xxgk
