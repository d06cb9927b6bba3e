// Runs → words → lines → segments.
#include <algorithm>
#include <cmath>

#include "document/pdf_layout.h"
#include "text/utf8.h"

namespace xxgk::doc::pdf {
namespace {

bool is_wide(char32_t c) { return c >= 0x2E80; }
bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || c == '\n' || c == '\r'; }

struct Glyph {
  char32_t c;
  size_t begin, end;  // bytes in the run's text
};

}  // namespace

std::vector<Word> split_words(const std::vector<TextRun>& runs, int page) {
  std::vector<Word> words;
  for (const TextRun& r : runs) {
    if (r.page != page) continue;
    std::vector<Glyph> glyphs;
    double units = 0;
    size_t len = 0;
    for (size_t i = 0; i < r.text.size(); i += len) {
      const char32_t c = utf8::decode(r.text, i, len);
      glyphs.push_back({c, i, i + len});
      units += is_wide(c) ? 2 : 1;
    }
    if (glyphs.empty()) continue;
    const double size = r.font_size > 0 ? r.font_size : (r.height > 0 ? r.height : 10);
    const double unit = units > 0 && r.width > 0 ? r.width / units : size / 2;
    const double height = r.height > 0 ? r.height : size;
    double at = 0;
    Word w;
    bool open = false;
    for (const Glyph& g : glyphs) {
      const double advance = (is_wide(g.c) ? 2 : 1) * unit;
      if (is_space(g.c)) {
        if (open) words.push_back(w);
        open = false;
      } else {
        if (!open) w = Word{r.x + at, r.x + at, r.y, r.y + height, size, {}};
        open = true;
        w.text.append(r.text, g.begin, g.end - g.begin);
        w.x1 = r.x + at + advance;
      }
      at += advance;
    }
    if (open) words.push_back(w);
  }
  return words;
}

bool is_number_cell(const std::string& text) {
  size_t i = 0, digits = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  bool dot = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') ++digits;
    else if ((c == '.' && !dot) || (c == ',' && digits)) dot = dot || c == '.';
    else break;
  }
  if (digits == 0) return false;
  std::string_view unit = std::string_view(text).substr(i);
  while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
  return unit.empty() || unit == "%" || unit == "\xE4\xB8\x87\xE5\x85\x83" /* 万元 */ ||
         unit == "\xE5\x85\x83" /* 元 */ || unit == "\xE4\xBB\xB6" /* 件 */;
}

std::string Line::joined() const {
  std::string out;
  for (size_t k = 0; k < segments.size(); ++k) {
    if (k) out += '\t';
    out += segments[k].text;
  }
  return out;
}

std::vector<Line> page_lines(std::vector<Word> words, int page) {
  std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) {
    const double ca = (a.top + a.bottom) / 2, cb = (b.top + b.bottom) / 2;
    return ca != cb ? ca < cb : a.x0 < b.x0;
  });
  std::vector<std::vector<Word>> groups;
  std::vector<double> centers;
  for (Word& w : words) {
    const double c = (w.top + w.bottom) / 2;
    if (!groups.empty() && std::fabs(c - centers.back()) <= 0.45 * std::min(w.size, groups.back().front().size)) {
      groups.back().push_back(std::move(w));
    } else {
      groups.emplace_back();
      groups.back().push_back(std::move(w));
      centers.push_back(c);
    }
  }
  std::vector<Line> lines;
  for (auto& g : groups) {
    std::sort(g.begin(), g.end(), [](const Word& a, const Word& b) { return a.x0 < b.x0; });
    Line line;
    line.page = page;
    line.top = g.front().top;
    line.bottom = g.front().bottom;
    line.size = 0;
    const Word* prev = nullptr;
    for (const Word& w : g) {
      line.top = std::min(line.top, w.top);
      line.bottom = std::max(line.bottom, w.bottom);
      line.size = std::max(line.size, w.size);
      const double size = prev ? std::max(prev->size, w.size) : w.size;
      const double gap = prev ? w.x0 - prev->x1 : 0;
      // Two numbers a space apart are two cells (narrow columns: "1259 36").
      const bool numbers_apart = prev && gap > 0.2 * size && is_number_cell(prev->text) && is_number_cell(w.text) &&
                                 is_number_cell(line.segments.back().text);
      if (!prev || gap > 1.2 * size || numbers_apart) {
        line.segments.push_back({w.x0, w.x1, w.text, false, {{w.x0, w.x1}}});
      } else {
        Segment& s = line.segments.back();
        size_t len = 0;
        const char32_t first = utf8::decode(w.text, 0, len);
        size_t i = s.text.size();
        while (i > 0 && (static_cast<unsigned char>(s.text[i - 1]) & 0xC0) == 0x80) --i;
        const char32_t last = i > 0 ? utf8::decode(s.text, i - 1, len) : 0;
        if (gap > 0.2 * size && !(is_wide(first) && is_wide(last))) s.text += ' ';
        s.text += w.text;
        s.x1 = std::max(s.x1, w.x1);
        // Pieces that touch are one word, however the PDF reader cut them (pdf.js gives "科研" and
        // "机" where poppler gives "科研机"): a word's place is where its ink is.
        if (gap <= 0.2 * size) s.words.back().second = std::max(s.words.back().second, w.x1);
        else s.words.push_back({w.x0, w.x1});
      }
      prev = &w;
    }
    for (Segment& s : line.segments) s.number = is_number_cell(s.text);
    lines.push_back(std::move(line));
  }
  return lines;
}

}  // namespace xxgk::doc::pdf
