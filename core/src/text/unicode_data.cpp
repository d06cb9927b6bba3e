#include "text/unicode_data.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <vector>

namespace xxgk::unicode {
namespace {

struct Mapping {
  char32_t from;
  uint32_t at, count;  // the mapping's code points in the table's pool
};

#include "text/unicode_tables.inc"

struct Table {
  std::vector<Mapping> rows;
  std::vector<char32_t> pool;
};

template <size_t P>
Table unpack(const unsigned char (&packed)[P]) {
  const unsigned char* p = packed;
  auto varint = [&p] {
    uint32_t v = 0;
    for (int shift = 0;; shift += 7) {
      const unsigned char b = *p++;
      v |= uint32_t(b & 127) << shift;
      if (!(b & 128)) return v;
    }
  };
  Table t;
  t.rows.resize(varint());
  t.pool.reserve(varint());
  char32_t from = 0;
  for (Mapping& m : t.rows) {
    from += varint();
    m.from = from;
    m.at = static_cast<uint32_t>(t.pool.size());
    m.count = varint();
    for (uint32_t k = 0; k < m.count; ++k) {
      const uint32_t z = varint();
      t.pool.push_back(static_cast<char32_t>(int64_t(from) + ((z & 1) ? -int64_t((z + 1) >> 1) : int64_t(z >> 1))));
    }
  }
  return t;
}

std::u32string_view find(const Table& t, char32_t c) {
  auto m = std::lower_bound(t.rows.begin(), t.rows.end(), c, [](const Mapping& row, char32_t key) { return row.from < key; });
  if (m == t.rows.end() || m->from != c) return {};
  return {t.pool.data() + m->at, m->count};
}

}  // namespace

std::u32string_view nfkc(char32_t c) {
  static const Table t = unpack(kNfkcPacked);
  return find(t, c);
}

std::u32string_view simplified(char32_t c) {
  static const Table t = unpack(kSimplifiedPacked);
  return find(t, c);
}

bool is_white_space(char32_t c) { return std::binary_search(std::begin(kWhiteSpace), std::end(kWhiteSpace), c); }

}  // namespace xxgk::unicode
