// Rows printed apart from their labels, divided among them by the paragraphs they stand in
// (core/src/read/blocks.cpp): the layout alone decides, or nothing is read.
#include <doctest/doctest.h>

#include "read/blocks.h"

using xxgk::blocks_by_paragraphs;

TEST_CASE("a block of rows printed column by column: each column's numbers one paragraph") {
  // 2 rows × 3 columns: paragraphs [a0 b0] [a1 b1] [a2 b2].
  const auto at = blocks_by_paragraphs({0, 0, 1, 1, 2, 2}, 2, 3);
  REQUIRE(at);
  CHECK((*at)[0] == std::vector<size_t>{0, 2, 4});
  CHECK((*at)[1] == std::vector<size_t>{1, 3, 5});
}

TEST_CASE("the first column apart, the other columns row by row in the next paragraph") {
  // 2 rows × 3 columns: [a0 b0] [a1 a2 b1 b2].
  const auto at = blocks_by_paragraphs({0, 0, 1, 1, 1, 1}, 2, 3);
  REQUIRE(at);
  CHECK((*at)[0] == std::vector<size_t>{0, 2, 3});
  CHECK((*at)[1] == std::vector<size_t>{1, 4, 5});
}

TEST_CASE("blocks of different kinds in sequence: a column block, then a row alone") {
  // rows 0-1 by column ([a0 b0] ×3), then row 2 with one number a paragraph.
  const auto at = blocks_by_paragraphs({0, 0, 1, 1, 2, 2, 3, 4, 5}, 3, 3);
  REQUIRE(at);
  CHECK((*at)[1] == std::vector<size_t>{1, 3, 5});
  CHECK((*at)[2] == std::vector<size_t>{6, 7, 8});
}

TEST_CASE("near misses: no division read") {
  // One number a paragraph says nothing about rows and columns.
  CHECK_FALSE(blocks_by_paragraphs({0, 1, 2, 3, 4, 5}, 2, 3));
  // A paragraph that ends inside a row fits no block.
  CHECK_FALSE(blocks_by_paragraphs({0, 0, 0, 0, 1, 1}, 2, 3));
  // Numbers that are not rows × columns.
  CHECK_FALSE(blocks_by_paragraphs({0, 0, 1, 1, 2}, 2, 3));
}
