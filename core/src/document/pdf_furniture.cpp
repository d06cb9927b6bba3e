// Page furniture: page numbers and running headers/footers are not part of the report's text,
// and inside a table they would split it (a "-3-" between two rows of table 三).
#include <algorithm>
#include <map>

#include "document/pdf_layout.h"
#include "text/utf8.h"

namespace xxgk::doc::pdf {
namespace {

// "-3-", "— 5 —", "3", "第 3 页", "第3页 共9页", "3/9": digits and dashes only, once spaces are out.
bool is_page_number(const Line& line) {
  std::u32string s;
  std::string all;
  for (const Segment& seg : line.segments) all += seg.text;
  size_t len = 0;
  for (size_t i = 0; i < all.size(); i += len) {
    const char32_t c = utf8::decode(all, i, len);
    if (c != ' ' && c != 0x3000) s += c;
  }
  if (s.empty() || s.size() > 12) return false;
  size_t digits = 0;
  bool other = false;
  for (char32_t c : s) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '-' || c == 0x2014 || c == 0x2013 || c == 0xFF0D || c == 0x2012 || c == 0x2212 || c == '_' ||
             c == '/' || c == 0x7B2C /* 第 */ || c == 0x9875 /* 页 */ || c == 0x5171 /* 共 */)
      continue;
    else other = true;
  }
  return digits > 0 && digits <= 4 && !other;
}

// The text with digits as '#', so "第 3 页" and "第 4 页" are the same footer.
std::string shape(const Line& line) {
  std::string s = line.joined();
  for (char& c : s)
    if (c >= '0' && c <= '9') c = '#';
  return s;
}

}  // namespace

std::vector<Dropped> drop_page_furniture(std::vector<Line>& lines, const std::vector<PdfPage>& pages) {
  // Per page: the index of its first and last line.
  std::map<int, std::pair<size_t, size_t>> extent;
  for (size_t i = 0; i < lines.size(); ++i) {
    auto [it, fresh] = extent.emplace(lines[i].page, std::make_pair(i, i));
    if (!fresh) it->second.second = i;
  }
  auto page_height = [&](int page) {
    return page >= 0 && static_cast<size_t>(page) < pages.size() ? pages[page].height : 0.0;
  };
  // In the top or bottom band of its page (or, without page sizes, its first or last line).
  auto at_edge = [&](size_t i, double band) {
    const Line& l = lines[i];
    const double h = page_height(l.page);
    if (h > 0) return l.bottom <= h * band || l.top >= h * (1 - band);
    const auto& e = extent[l.page];
    return i == e.first || i == e.second;
  };
  std::vector<bool> drop(lines.size(), false);
  std::map<std::string, size_t> repeated;
  for (const auto& [page, e] : extent) {
    for (size_t i : {e.first, e.second}) {
      if (at_edge(i, 0.12) && is_page_number(lines[i])) drop[i] = true;
      if (page_height(page) > 0 && at_edge(i, 0.08)) ++repeated[shape(lines[i])];
    }
  }
  if (extent.size() >= 3) {
    for (const auto& [page, e] : extent) {
      for (size_t i : {e.first, e.second}) {
        if (page_height(page) > 0 && at_edge(i, 0.08) && repeated[shape(lines[i])] * 2 >= extent.size()) drop[i] = true;
      }
    }
  }
  std::vector<Dropped> dropped;
  std::vector<Line> kept;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (drop[i]) dropped.push_back({kept.size(), lines[i].joined()});
    else kept.push_back(std::move(lines[i]));
  }
  lines = std::move(kept);
  return dropped;
}

}  // namespace xxgk::doc::pdf
