#include "text/script_detect.h"

#include <bitset>

#include "text/utf8.h"

namespace xxgk {
namespace {

// Traditional-only forms of characters frequent in 政府信息公开 reports (their simplified
// forms differ), e.g. 開 資 訊 報 條 機 關 區 縣.
constexpr std::u32string_view kTraditionalOnly =
    U"開資訊報條機關區縣鄉鎮門網頁統計據請體製審議會與這為們國時間發說實應處經過業務聯繫單"
    U"項規範檔準總結處決復訴訟維糾審結辦參與權動態員標網絡圖書館導讀獲擴護衛雜錄災險價費"
    U"義務廣區屬於現無論齊種類產權設備環領導黨檢執點陽數徵調邊際證書歷勞術藝專屬";

// A bitmap over the CJK Unified Ideographs block (U+4E00..U+9FFF).
constexpr char32_t kFirst = 0x4E00, kLast = 0x9FFF;
const std::bitset<kLast - kFirst + 1>& traditional_set() {
  static const auto set = [] {
    std::bitset<kLast - kFirst + 1> bits;
    for (char32_t c : kTraditionalOnly)
      if (c >= kFirst && c <= kLast) bits.set(c - kFirst);
    return bits;
  }();
  return set;
}

}  // namespace

bool looks_traditional(std::string_view s) {
  const auto& set = traditional_set();
  size_t han = 0, trad = 0, len = 0;
  for (size_t i = 0; i < s.size(); i += len) {
    const char32_t c = utf8::decode(s, i, len);
    if (c >= kFirst && c <= kLast) {
      ++han;
      if (set.test(c - kFirst)) ++trad;
    }
  }
  // Simplified text has none of these; a few stray ones (a quoted name) must not flip it.
  return trad >= 5 && trad * 100 >= han * 2;
}

}  // namespace xxgk
