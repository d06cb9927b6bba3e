// Offsets and BitRank answer as the plain arrays they replace, wide blocks and empty words
// included.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <vector>

#include "text/bit_rank.h"
#include "text/offsets.h"

using xxgk::text::BitRank;
using xxgk::text::Offsets;

TEST_CASE("Offsets: values, lower and upper bounds as a plain vector's") {
  std::mt19937 rnd(7);
  for (const uint32_t spread : {1u, 4u, 40u, 3000u}) {  // 3000: blocks set aside as wide
    std::vector<uint32_t> plain;
    Offsets packed;
    uint32_t v = 5;
    for (int i = 0; i < 2000; ++i) {
      v += rnd() % spread == 0 ? static_cast<uint32_t>(rnd() % (spread * 4 + 1)) : static_cast<uint32_t>(rnd() % 3);
      plain.push_back(v);
      packed.push_back(v);
    }
    packed.shrink_to_fit();
    REQUIRE(packed.size() == plain.size());
    CHECK(packed.back() == plain.back());
    for (size_t i = 0; i < plain.size(); ++i) REQUIRE(packed[i] == plain[i]);
    for (uint32_t x = 0; x <= plain.back() + 2; x += 1 + x % 7) {
      INFO("spread " << spread << " value " << x);
      REQUIRE(packed.lower_bound(x) == static_cast<size_t>(std::lower_bound(plain.begin(), plain.end(), x) - plain.begin()));
      REQUIRE(packed.upper_bound(x) == static_cast<size_t>(std::upper_bound(plain.begin(), plain.end(), x) - plain.begin()));
    }
  }
}

TEST_CASE("BitRank: rank, select and next_one as counting does") {
  std::mt19937 rnd(11);
  for (const unsigned density : {0u, 1u, 8u, 50u, 100u}) {  // percent of set bits
    for (const size_t size : {size_t{0}, size_t{1}, size_t{64}, size_t{65}, size_t{1000}}) {
      std::vector<bool> plain;
      BitRank::Builder builder;
      for (size_t i = 0; i < size; ++i) {
        const bool b = rnd() % 100 < density;
        plain.push_back(b);
        builder.push_back(b);
      }
      const BitRank bits = builder.finish();
      INFO("density " << density << " size " << size);
      size_t ones = 0;
      std::vector<size_t> where;
      for (size_t i = 0; i <= size; ++i) {
        REQUIRE(bits.rank(i) == ones);
        size_t next = i;
        while (next < size && !plain[next]) ++next;
        REQUIRE(bits.next_one(i) == next);
        if (i < size && plain[i]) { ++ones; where.push_back(i); }
        if (i < size) REQUIRE(bits.test(i) == plain[i]);
      }
      REQUIRE(bits.ones() == ones);
      for (size_t k = 0; k < where.size(); ++k) REQUIRE(bits.select(k) == where[k]);
      CHECK(bits.select(where.size()) == size);
    }
  }
}
