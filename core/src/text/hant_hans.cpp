#include "text/hant_hans.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace xxgk {
namespace {
#include "text/hant_hans_table.inc"
}  // namespace

char32_t simplified(char32_t c) {
  if (c < kHantHans[0][0] || c > kHantHans[std::size(kHantHans) - 1][0]) return c;
  const auto* it = std::lower_bound(std::begin(kHantHans), std::end(kHantHans), c,
                                    [](const uint16_t (&pair)[2], char32_t v) { return pair[0] < v; });
  return it != std::end(kHantHans) && (*it)[0] == c ? (*it)[1] : c;
}

}  // namespace xxgk
