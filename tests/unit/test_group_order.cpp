// some_order_adds_up: whether numbers printed in an order the text does not show could be groups of
// parts and their total.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "read/group_order.h"

using xxgk::some_order_adds_up;

TEST_CASE("a group's total printed before its parts still adds up in some order") {
  CHECK(some_order_adds_up({55, 96, 33, 8, 0}, 1, 5));
  CHECK(some_order_adds_up({11, 1, 0, 0, 0, 0, 10}, 1, 7));
  CHECK(some_order_adds_up({0, 0, 0, 0, 0}, 1, 5));
  CHECK_FALSE(some_order_adds_up({55, 97, 33, 8, 0}, 1, 5));   // one off: no order helps
  CHECK_FALSE(some_order_adds_up({0, 0, 0, 0, 0, 1510, 1694}, 1, 7));
}

TEST_CASE("three groups of table 四 printed two columns in turns divide back into groups") {
  // direct [130,20,40,0,190], after review [33,12,34,10,89], review [2,1,3,1,7], as pdftotext printed them.
  CHECK(some_order_adds_up({2, 1, 3, 1, 7, 130, 20, 190, 33, 89, 40, 0, 12, 34, 10}, 3, 5));
  // The sum of all is odd: no division into groups whose sums are twice their totals.
  CHECK_FALSE(some_order_adds_up({55, 33, 8, 0, 97, 33, 3, 0, 0, 36, 253, 30, 80, 0, 363}, 3, 5));
  CHECK_FALSE(some_order_adds_up({1, 2, 3}, 1, 5));      // not a group's count of numbers
  CHECK_FALSE(some_order_adds_up({-1, 1, 0, 0, 0}, 1, 5));  // counts are never negative
}

TEST_CASE("any consistent groups, shuffled, are found; one cell changed by 7, they are not") {
  std::mt19937 rnd(11);
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<double> values;
    for (int g = 0; g < 3; ++g) {
      double total = 0;
      for (int c = 0; c < 4; ++c) {
        const double v = static_cast<double>(rnd() % 4 == 0 ? rnd() % 500 : 0);
        values.push_back(v);
        total += v;
      }
      values.push_back(total);
    }
    std::vector<double> changed = values;
    changed[rnd() % changed.size()] += 7;
    std::shuffle(values.begin(), values.end(), rnd);
    CHECK(some_order_adds_up(values, 3, 5));
    // +7 makes the sum of all odd whenever it was even: never divisible into groups then.
    CHECK_FALSE(some_order_adds_up(changed, 3, 5));
  }
}
