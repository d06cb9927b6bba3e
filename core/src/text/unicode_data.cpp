#include "text/unicode_data.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace xxgk::unicode {
namespace {

struct Mapping {
  char32_t from;
  uint16_t at, count;  // the mapping's code points in the table's pool
};

#include "text/unicode_tables.inc"

template <size_t N, size_t P>
std::u32string_view find(const Mapping (&table)[N], const char32_t (&pool)[P], char32_t c) {
  const Mapping* m = std::lower_bound(std::begin(table), std::end(table), c,
                                      [](const Mapping& row, char32_t key) { return row.from < key; });
  if (m == std::end(table) || m->from != c) return {};
  return {pool + m->at, m->count};
}

}  // namespace

std::u32string_view nfkc(char32_t c) { return find(kNfkcMappings, kNfkcPool, c); }

std::u32string_view simplified(char32_t c) { return find(kSimplifiedMappings, kSimplifiedPool, c); }

bool is_white_space(char32_t c) { return std::binary_search(std::begin(kWhiteSpace), std::end(kWhiteSpace), c); }

}  // namespace xxgk::unicode
