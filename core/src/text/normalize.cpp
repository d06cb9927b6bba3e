// Normalisation keeps a map from every normalised character back to the original UTF-16 offset,
// so that every cell and finding can be shown in place in the text as it was given.
#include <memory>
#include <unordered_map>

#include "text/code_points.h"
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

// Returns whether anything was replaced.
bool apply_mirror_words(std::string& norm) {
  bool any = false;
  for (const auto& fix : kMirrorWords) {
    const std::string from = fix.from, to = fix.to;
    if (from == to || from.size() != to.size()) continue;
    for (size_t pos = norm.find(from); pos != std::string::npos; pos = norm.find(from, pos + to.size())) {
      norm.replace(pos, from.size(), to);
      any = true;
    }
  }
  return any;
}

// What one input character becomes, outside the fast cases: nothing (zero width), one space, or
// its NFKC form (after Hant→Hans in a traditional text) with spaces made plain.
std::u32string normalized_char(char32_t c, bool traditional) {
  if (is_zero_width(c)) return {};
  if (is_space(c)) return U" ";
  if (c < 0x80) return std::u32string(1, c);
  // CJK Unified Ideographs have no compatibility mapping: NFKC leaves them alone.
  if (!traditional && c >= 0x4E00 && c <= 0x9FFF) return std::u32string(1, c);
  std::u32string_view chars = traditional && c >= 0x3400 ? unicode::simplified(c) : std::u32string_view();
  if (chars.empty()) chars = std::u32string_view(&c, 1);
  std::u32string out;
  for (char32_t ch : chars) {
    const std::u32string_view n = unicode::nfkc(ch);
    if (n.empty()) { out += ch; continue; }
    for (char32_t cp : n) out += is_space(cp) ? U' ' : cp;
  }
  return out;
}

// normalized_char, remembered per thread: a report uses a few hundred such characters (full-width
// punctuation above all) thousands of times. BMP characters by direct index, others by hash.
class NormalizedChars {
 public:
  const std::u32string& get(char32_t c, bool traditional) {
    const uint64_t key = uint64_t{c} | (uint64_t{traditional} << 32);
    if (c > 0xFFFF) {
      auto it = astral_.find(key);
      if (it == astral_.end()) it = astral_.emplace(key, normalized_char(c, traditional)).first;
      return it->second;
    }
    std::vector<uint32_t>& index = bmp_[traditional];
    if (index.empty()) index.assign(0x10000, kUnknown);
    if (index[c] == kUnknown) {
      index[c] = static_cast<uint32_t>(forms_.size());
      forms_.push_back(normalized_char(c, traditional));
    }
    return forms_[index[c]];
  }

 private:
  static constexpr uint32_t kUnknown = UINT32_MAX;
  std::vector<uint32_t> bmp_[2];  // per script (simplified, traditional): index into forms_
  std::vector<std::u32string> forms_;
  std::unordered_map<uint64_t, std::u32string> astral_;
};

const std::u32string& normalized_char_cached(char32_t c, bool traditional) {
  thread_local NormalizedChars cache;
  return cache.get(c, traditional);
}

// Appends normalised code points with their places. The text and its code points are written
// into buffers sized for the input (grown in the rare case NFKC expands a lot), then cut to size.
class NormBuilder {
 public:
  NormBuilder(Text& t, text::NormView& v, std::string_view input) : norm_(t.norm), chars_(v.chars.s), v_(v) {
    size_t chars = 0;  // of the input, when well-formed: about what the output has
    for (char c : input) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    norm_.resize(input.size() + kSlack);
    chars_.resize(chars + kSlack);
    v_.chars.off.reserve(chars + 1);
    v_.orig16.reserve(chars);
  }
  void emit(char32_t c, uint32_t at) {
    if (bytes_ + 4 > norm_.size()) norm_.resize(norm_.size() * 2);
    if (count_ == chars_.size()) chars_.resize(chars_.size() * 2);
    chars_[count_++] = c;
    v_.chars.off.push_back(static_cast<uint32_t>(bytes_));
    v_.orig16.push_back(at);
    char* out = &norm_[bytes_];
    if (c < 0x80) {
      out[0] = static_cast<char>(c);
      bytes_ += 1;
    } else if (c < 0x800) {
      out[0] = static_cast<char>(0xC0 | (c >> 6));
      out[1] = static_cast<char>(0x80 | (c & 0x3F));
      bytes_ += 2;
    } else if (c < 0x10000) {
      out[0] = static_cast<char>(0xE0 | (c >> 12));
      out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out[2] = static_cast<char>(0x80 | (c & 0x3F));
      bytes_ += 3;
    } else {
      out[0] = static_cast<char>(0xF0 | (c >> 18));
      out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out[3] = static_cast<char>(0x80 | (c & 0x3F));
      bytes_ += 4;
    }
  }
  size_t bytes() const { return bytes_; }
  void finish(uint32_t u16) {
    v_.chars.off.push_back(static_cast<uint32_t>(bytes_));
    v_.orig16_end = u16;
    norm_.resize(bytes_);
    chars_.resize(count_);
    // Full-width punctuation shrinks to ASCII: give back what the buffers overshot by much.
    if (norm_.capacity() > norm_.size() + norm_.size() / 8) norm_.shrink_to_fit();
    if (chars_.capacity() > chars_.size() + chars_.size() / 8) chars_.shrink_to_fit();
  }

 private:
  static constexpr size_t kSlack = 16;
  std::string& norm_;
  std::u32string& chars_;
  text::NormView& v_;
  size_t bytes_ = 0, count_ = 0;
};

}  // namespace

Text normalize(std::string input) {
  Text t;
  t.original = std::move(input);
  const std::string_view in = t.original;
  t.traditional = looks_traditional(in);
  auto view = std::make_shared<text::NormView>();
  NormBuilder out(t, *view, in);

  uint32_t u16 = 0;
  size_t len = 0;
  for (size_t i = 0; i < in.size(); i += len) {
    const char32_t c = utf8::decode(in, i, len);
    const uint32_t at = u16;
    u16 += static_cast<uint32_t>(utf8::utf16_units(c));
    if ((c >= 0x20 && c < 0x7F) || (!t.traditional && c >= 0x4E00 && c <= 0x9FFF)) {
      out.emit(c, at);  // the bulk of a report: printable ASCII and CJK ideographs stay as they are
      continue;
    }
    if (c == '\r') {
      if (i + 1 < in.size() && in[i + 1] == '\n') continue;  // CRLF: the '\n' follows
      out.emit('\n', at);
      continue;
    }
    if (c == '\n' || c == '\t') { out.emit(c, at); continue; }
    if (c == '\f') {  // a page break (pdftotext): a line break the table reader knows as one
      t.page_breaks.push_back(static_cast<uint32_t>(out.bytes()));
      out.emit('\n', at);
      continue;
    }
    for (char32_t n : normalized_char_cached(c, t.traditional)) out.emit(n, at);
  }
  out.finish(u16);
  if (t.traditional && apply_mirror_words(t.norm)) view->chars.s = text::decode(t.norm).s;  // same byte lengths
  t.view = std::move(view);
  return t;
}

Span Text::span(size_t nb, size_t ne) const {
  if (!view) return {};
  nb = std::min(nb, norm.size());
  ne = std::min(std::max(ne, nb), norm.size());
  // Every byte of a normalised character maps to where its original character starts; the end
  // of the text to the end of the original.
  auto at = [&](size_t p) -> int32_t {
    if (p >= norm.size()) return static_cast<int32_t>(view->orig16_end);
    return static_cast<int32_t>(view->orig16[view->chars.off.upper_bound(static_cast<uint32_t>(p)) - 1]);
  };
  Span s{at(nb), at(ne)};
  // The end of a range maps to the start of the next normalised char; for a range ending on
  // the last byte of a char that is the end of that char's original.
  if (ne > nb && s.end <= s.begin) s.end = at(ne - 1) + 1;
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
