// NeedleIndex finds every occurrence of every needle, as searching for each one alone does:
// overlapping needles, needles inside needles, shared prefixes and suffixes, the cap per needle.
#include <doctest/doctest.h>

#include <map>
#include <random>

#include "text/code_points.h"
#include "text/compact.h"

using xxgk::NeedleIndex;
using xxgk::NeedleScan;

TEST_CASE("NeedleScan = std::string::find for each needle") {
  const std::vector<std::string> needles = {"予以公开", "公开", "部分公开", "不予公开", "开", "(一)予以公开", "行政复议",
                                            "复议", "议维持", "总计", "计", "ab", "bab", "abab", "本年新收", "收"};
  const std::vector<std::string> pieces = {"予以", "公开", "部分", "不予", "(一)", "行政", "复议", "维持", "总计",
                                           "a",    "b",    "本年", "新收", "\n",   "12",   "结果"};
  const NeedleIndex index(needles);
  std::mt19937 rnd(3);
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (int k = 0; k < 60; ++k) text += pieces[rnd() % pieces.size()];
    const size_t cap = 1 + rnd() % 6;
    const NeedleScan scan(text, index, cap);
    for (const auto& needle : needles) {
      std::vector<size_t> expected;
      if (needle.size() >= 2)
        for (size_t p = text.find(needle); p != std::string::npos && expected.size() < cap; p = text.find(needle, p + 1))
          if ((static_cast<unsigned char>(text[p]) & 0xC0) != 0x80) expected.push_back(p);
      INFO(text << " / " << needle << " cap " << cap);
      REQUIRE(scan.positions(needle) == expected);
    }
  }
}

TEST_CASE("text::find = u32string_view::find within [b, e)") {
  std::mt19937 rnd(5);
  const std::u32string alphabet = U"公开申请复议件12 ";
  for (int round = 0; round < 300; ++round) {
    std::u32string s;
    const size_t size = rnd() % 40;
    for (size_t k = 0; k < size; ++k) s += alphabet[rnd() % alphabet.size()];
    xxgk::text::U32 t;
    t.s = s;
    std::u32string needle;
    for (size_t k = rnd() % 4; k > 0; --k) needle += alphabet[rnd() % alphabet.size()];
    const size_t b = rnd() % (size + 2), e = rnd() % (size + 3);
    const size_t end = std::min(e, s.size());
    const size_t expected = b >= end || needle.size() > end - b ? std::u32string::npos
                                                               : std::u32string_view(s).substr(0, end).find(needle, b);
    REQUIRE(xxgk::text::find(t, needle, b, e) == expected);
  }
}
