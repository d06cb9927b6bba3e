// Normalisation keeps a map from every normalised byte back to the original UTF-16 offset,
// so that every cell and finding can be shown in place in the text as it was given.
#include "text/script_detect.h"
#include "text/unicode_data.h"
#include "text/utf8.h"
#include "xxgk/text.h"

namespace xxgk {
namespace {

bool is_zero_width(char32_t c) { return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0x00AD; }

bool is_space(char32_t c) {
  return c != '\n' && c != '\t' && c != '\r' && unicode::is_white_space(c);
}

// Word-level conversions of mirror sites that character transliteration cannot undo
// (資訊 → 资讯 rather than 信息, 檔案 → 档案 rather than 文件). Same byte length both sides.
struct WordFix { const char* from; const char* to; };
constexpr WordFix kMirrorWords[] = {
    {"资讯", "信息"}, {"档案", "文件"}, {"入口网站", "门户网站"},
};

void apply_mirror_words(std::string& norm) {
  for (const auto& fix : kMirrorWords) {
    const std::string from = fix.from, to = fix.to;
    if (from == to || from.size() != to.size()) continue;
    for (size_t pos = norm.find(from); pos != std::string::npos; pos = norm.find(from, pos + to.size()))
      norm.replace(pos, from.size(), to);
  }
}

}  // namespace

Text normalize(std::string_view input) {
  Text t;
  t.original.assign(input);
  t.traditional = looks_traditional(input);
  t.norm.reserve(input.size());
  t.norm_to_orig16.reserve(input.size() + 1);
  const bool simplify = t.traditional;

  int32_t u16 = 0;
  size_t len = 0;
  auto emit = [&](char32_t c, int32_t at) {
    const size_t before = t.norm.size();
    utf8::append(t.norm, c);
    for (size_t k = before; k < t.norm.size(); ++k) t.norm_to_orig16.push_back(at);
  };
  for (size_t i = 0; i < input.size(); i += len) {
    const char32_t c = utf8::decode(input, i, len);
    const int32_t at = u16;
    u16 += utf8::utf16_units(c);
    if (c == '\r') {
      if (i + 1 < input.size() && input[i + 1] == '\n') continue;  // CRLF: the '\n' follows
      emit('\n', at);
      continue;
    }
    if (c == '\n' || c == '\t') { emit(c, at); continue; }
    if (c == '\f') {  // a page break (pdftotext): a line break the table reader knows as one
      t.page_breaks.push_back(static_cast<uint32_t>(t.norm.size()));
      emit('\n', at);
      continue;
    }
    if (is_zero_width(c)) continue;
    if (is_space(c)) { emit(' ', at); continue; }
    if (c < 0x80) { emit(c, at); continue; }
    // CJK Unified Ideographs have no compatibility mapping: NFKC leaves them alone.
    if (!simplify && c >= 0x4E00 && c <= 0x9FFF) { emit(c, at); continue; }

    std::u32string_view chars = simplify && c >= 0x3400 ? unicode::simplified(c) : std::u32string_view();
    if (chars.empty()) chars = std::u32string_view(&c, 1);
    for (char32_t ch : chars) {
      const std::u32string_view n = unicode::nfkc(ch);
      if (n.empty()) { emit(ch, at); continue; }
      for (char32_t out : n) emit(is_space(out) ? U' ' : out, at);
    }
  }
  t.norm_to_orig16.push_back(u16);
  if (t.traditional) apply_mirror_words(t.norm);
  return t;
}

Span Text::span(size_t nb, size_t ne) const {
  if (norm_to_orig16.empty()) return {};
  nb = std::min(nb, norm.size());
  ne = std::min(std::max(ne, nb), norm.size());
  Span s{norm_to_orig16[nb], norm_to_orig16[ne]};
  // The end of a range maps to the start of the next normalised char; for a range ending on
  // the last byte of a char that is the end of that char's original.
  if (ne > nb && s.end <= s.begin) s.end = norm_to_orig16[ne - 1] + 1;
  return s;
}

Span Text::span_of_original(size_t b, size_t e) const {
  b = std::min(b, original.size());
  e = std::min(std::max(e, b), original.size());
  int32_t u16 = 0, begin = 0;
  size_t len = 0, i = 0;
  for (; i < e; i += len) {
    if (i <= b) begin = u16;
    u16 += utf8::utf16_units(utf8::decode(original, i, len));
  }
  if (i <= b) begin = u16;
  return Span{begin, u16};
}

std::pair<int, int> Text::line_col(int32_t orig16) const {
  int line = 1, col = 1;
  int32_t u16 = 0;
  size_t len = 0;
  for (size_t i = 0; i < original.size() && u16 < orig16; i += len) {
    const char32_t c = utf8::decode(original, i, len);
    u16 += utf8::utf16_units(c);
    if (c == '\n') { ++line; col = 1; } else { ++col; }
  }
  return {line, col};
}

}  // namespace xxgk
