#include "read/runs.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "read/generic_header.h"
#include "text/code_points.h"
#include "text/compact.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_separator(char c) { return c == '\t' || c == '|'; }
bool is_blank_mark(char32_t c) { return c == '/' || c == '-' || c == U'—' || c == U'－' || c == U'–' || c == U'\\'; }

// Chinese numerals, NaN, ∞: a word where a number belongs that is no number.
bool numeric_word(std::string_view w) {
  if (w == "NaN" || w == "nan" || w == "NAN" || w == "∞" || w == "-∞" || w == "+∞" || w == "Infinity") return true;
  static const std::u32string numerals = U"〇零一二三四五六七八九十百千万两";
  size_t len = 0, n = 0;
  for (size_t i = 0; i < w.size(); i += len, ++n)
    if (numerals.find(utf8::decode(w, i, len)) == std::u32string::npos) return false;
  return n > 0;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// What one segment of a line (between anchors) holds.
struct Segment {
  size_t nb = 0, ne = 0;
  bool after_anchor = false;          // starts where an anchor ends
  std::vector<NumberToken> tokens;
  std::vector<double> centers;
  bool positional = false;
  std::string lead;                   // text before the first token
  std::string trail;                  // text after the last token
  // Tokens after running text start a new run: the index of the first such token.
  size_t text_break = std::string::npos;
};

Segment segment(size_t nb, size_t ne, bool after_anchor) {
  Segment s;
  s.nb = nb;
  s.ne = ne;
  s.after_anchor = after_anchor;
  return s;
}

struct LineContext {
  LineContext(std::string_view text, size_t begin, const std::vector<std::u32string>& words)
      : s(text), line_begin(begin), header_words(words) {}
  std::string_view s;
  size_t line_begin;
  const std::vector<std::u32string>& header_words;

  // Where a token sits on its line, in characters from the line's start (pdftotext -layout places
  // every character, CJK or not, in one column of its grid): the middle of [b, e). Tokens come in
  // line order: the characters before them are counted on from the previous token, not from the
  // line's start again (a one-line report has thousands of tokens on its line).
  double center_of(size_t b, size_t e) const {
    if (b < counted_to_) counted_to_ = line_begin, chars_before_ = 0;
    chars_before_ += utf8::length_well_formed(s.substr(counted_to_, b - counted_to_));
    counted_to_ = b;
    return static_cast<double>(chars_before_) + static_cast<double>(utf8::length_well_formed(s.substr(b, e - b))) / 2.0;
  }

 private:
  mutable size_t counted_to_ = line_begin, chars_before_ = 0;
};

NumberToken text_token(std::string_view s, size_t b, size_t e, bool blank) {
  NumberToken t;
  t.nb = b;
  t.ne = e;
  t.raw.assign(s.substr(b, e - b));
  t.blank = blank;
  t.not_a_number = !blank;
  return t;
}

// A field of two or more numbers separated by spaces (a copy that lost the separator between two
// cells, a PDF column too narrow for its numbers): each number its own cell.
bool several_numbers(std::string_view s, size_t b, size_t e, std::vector<NumberToken>& out) {
  std::vector<NumberToken> found;
  for (size_t i = b; i < e;) {
    NumberToken t;
    if (!read_number_at(s, i, e, t)) return false;
    found.push_back(t);
    i = t.ne;
    if (i < e && s[i] != ' ') return false;
    while (i < e && s[i] == ' ') ++i;
  }
  if (found.size() < 2) return false;
  out.insert(out.end(), found.begin(), found.end());
  return true;
}

// A TAB/pipe segment: every field is a cell; text fields before the first cell are the label's.
void read_fields(const LineContext& lc, Segment& seg, size_t cells) {
  const std::string_view s = lc.s;
  std::vector<std::pair<size_t, size_t>> fields;
  size_t start = seg.nb;
  for (size_t p = seg.nb; p <= seg.ne; ++p) {
    if (p == seg.ne || is_separator(s[p])) {
      fields.emplace_back(start, p);
      start = p + 1;
    }
  }
  auto field_text = [&](std::pair<size_t, size_t> f) { return trim(s.substr(f.first, f.second - f.first)); };
  // A pipe at either end of the line delimits ("| 1 | 2 |", "12 |"): no field beyond it.
  const std::string_view whole = trim(s.substr(seg.nb, seg.ne - seg.nb));
  // The separator right after a row's label, or a pipe opening the line: no field before it.
  const std::string_view raw = s.substr(seg.nb, seg.ne - seg.nb);
  const size_t lead_spaces = raw.find_first_not_of(' ');
  const bool opens_with_separator = lead_spaces != std::string_view::npos && is_separator(raw[lead_spaces]) &&
                                    (raw[lead_spaces] == '|' || seg.after_anchor);
  if (opens_with_separator && !fields.empty() && field_text(fields.front()).empty()) fields.erase(fields.begin());
  if (!whole.empty() && whole.back() == '|' && !fields.empty() && field_text(fields.back()).empty()) fields.pop_back();
  // One value a line ("50 | ||", the one-cell-per-line web shape): the empty fields are only
  // the page's column rules, not cells.
  size_t filled = 0;
  for (auto f : fields) filled += field_text(f).empty() ? 0 : 1;
  // A line of separators only ("|||||") is the page's rules, unless it follows a row label: then
  // its empty fields are the row's blank cells.
  if (filled == 0 && !seg.after_anchor) return;
  if (filled == 1 && whole.find('\t') == std::string_view::npos)
    fields.erase(std::remove_if(fields.begin(), fields.end(), [&](auto f) { return field_text(f).empty(); }),
                 fields.end());

  enum class Kind { number, blank, word, text };
  std::vector<Kind> kinds;
  std::vector<NumberToken> toks;
  for (auto f : fields) {
    const std::string_view t = field_text(f);
    const size_t b = static_cast<size_t>(t.data() - s.data()), e = b + t.size();
    NumberToken tok;
    size_t mark = 0;
    if (t.empty() || (is_blank_mark(utf8::decode(t, 0, mark)) && mark == t.size())) {
      toks.push_back(text_token(s, b, e, true));
      kinds.push_back(Kind::blank);
    } else if (read_number_at(s, b, e, tok) && tok.ne == e) {
      toks.push_back(tok);
      kinds.push_back(Kind::number);
    } else if (several_numbers(s, b, e, toks)) {  // "29 5787": two cells in one field
      kinds.resize(toks.size(), Kind::number);
    } else if (numeric_word(t)) {
      toks.push_back(text_token(s, b, e, false));
      kinds.push_back(Kind::word);
    } else {
      toks.push_back(text_token(s, b, e, false));
      kinds.push_back(Kind::text);
    }
  }
  // Text fields before the first cell are the label's (or its fragments); after it, a text field
  // is a cell that holds no number. A leading field that ends in a number after a space ("总计 1",
  // a header cell and the first value of a one-line copy) gives that number as the first cell.
  // Label fragments (text and the empty fields among them) run up to the last text field before
  // the first number.
  size_t first_value = 0;
  while (first_value < kinds.size() && kinds[first_value] != Kind::number && kinds[first_value] != Kind::word) ++first_value;
  size_t first = 0;
  for (size_t i = 0; i < first_value; ++i)
    if (kinds[i] == Kind::text) first = i + 1;
  for (size_t i = 0; i < first; ++i) {
    if (kinds[i] != Kind::text) continue;
    if (!seg.lead.empty()) seg.lead += ' ';
    seg.lead += toks[i].raw;
  }
  if (first > 0) {
    const NumberToken& last_text = toks[first - 1];
    size_t p = last_text.ne;
    while (p > last_text.nb && ((s[p - 1] >= '0' && s[p - 1] <= '9') || s[p - 1] == '.')) --p;
    NumberToken tail;
    if (p < last_text.ne && p > last_text.nb && s[p - 1] == ' ' && read_number_at(s, p, last_text.ne, tail) &&
        tail.ne == last_text.ne) {
      toks[first - 1] = tail;
      kinds[first - 1] = Kind::number;
      --first;
    }
  }
  // A line of header words and empty fields (a PDF grid's header rows) holds no cells, unless it
  // follows a row's label (then its empty fields are that row's blank cells).
  bool any_value = false;
  for (size_t i = first; i < kinds.size(); ++i) any_value = any_value || kinds[i] == Kind::number || kinds[i] == Kind::word;
  if (!any_value && !seg.after_anchor) {
    for (size_t i = first; i < kinds.size(); ++i)
      if (kinds[i] == Kind::text) seg.lead += (seg.lead.empty() ? "" : " ") + toks[i].raw;
    return;
  }
  size_t count = kinds.size() - first;
  while (count > cells && first < kinds.size() && kinds[first] == Kind::blank) { ++first; --count; }
  size_t last = kinds.size();
  while (count > cells && last > first && kinds[last - 1] == Kind::blank) { --last; --count; }
  for (size_t i = first; i < last; ++i) {
    NumberToken t = toks[i];
    if (kinds[i] == Kind::text) t.not_a_number = true;
    seg.tokens.push_back(t);
    seg.centers.push_back(lc.center_of(t.nb, t.ne));
  }
  seg.positional = !seg.tokens.empty();
}

// A number followed by 年, 月, 日 or 号 ("2024 年工作…"): part of a date, not a cell.
bool date_part(std::string_view s, const NumberToken& t, size_t e) {
  if (t.decimal || t.negative || !t.unit.empty()) return false;
  size_t p = t.ne;
  if (p < e && s[p] == ' ') ++p;
  if (p >= e) return false;
  size_t len = 0;
  const char32_t c = utf8::decode(s, p, len);
  return c == U'年' || c == U'月' || c == U'日' || c == U'号';
}

// A numbering printed before a label ("2.", "3、", "(1)"): text, not a cell.
bool numbering_at(std::string_view s, size_t i, size_t e, const NumberToken& t) {
  if (t.decimal || t.grouped || t.negative || !t.unit.empty()) return false;
  size_t p = t.ne;
  if (i > 0 && (s[i - 1] == '(' )) return p < e && s[p] == ')';
  if (p >= e) return false;
  size_t len = 0;
  const char32_t c = utf8::decode(s, p, len);
  if (c != '.' && c != U'、' && c != ')' && c != ',') return false;
  if (p + len >= e) return false;
  return is_han(utf8::decode(s, p + len, len));
}

// A segment without separators: numbers, isolated blank marks and number words, in order; two or
// more Han characters of running text after a cell end the run.
void read_scan(const LineContext& lc, Segment& seg) {
  const std::string_view s = lc.s;
  size_t len = 0, han = 0;
  size_t text_from = seg.nb;
  char32_t prev = ' ';
  for (size_t i = seg.nb; i < seg.ne; i += len) {
    const char32_t c = utf8::decode(s, i, len);
    if (is_han(c)) {
      // An isolated number word: "四十九".
      if (prev == ' ' || prev == '\t') {
        size_t j = i, l2 = 0;
        while (j < seg.ne && utf8::decode(s, j, l2) != ' ' && !is_separator(s[j])) j += l2;
        if (numeric_word(s.substr(i, j - i)) && (j == seg.ne || s[j] == ' ')) {
          seg.tokens.push_back(text_token(s, i, j, false));
          seg.centers.push_back(lc.center_of(i, j));
          len = j - i;
          prev = '0';
          han = 0;
          text_from = j;
          continue;
        }
      }
      ++han;
      if (han >= 2 && !seg.tokens.empty() && seg.text_break == std::string::npos) {
        // Header words between numbers are no running text.
        bool header = false;
        const std::u32string here = text::u(s.substr(i > 3 ? i - 3 : i, std::min<size_t>(24, seg.ne - (i > 3 ? i - 3 : i))));
        for (const auto& w : lc.header_words) header = header || here.find(w.substr(0, 2)) != std::u32string::npos;
        if (!header) seg.text_break = seg.tokens.size();
      }
      prev = c;
      continue;
    }
    han = 0;
    // NaN, ∞ standing alone where a number belongs.
    if ((c == 'N' || c == 'n' || c == U'∞' || c == 'I' || c == '+' || c == '-') && (prev == ' ' || prev == '\t')) {
      size_t j = i, l2 = 0;
      while (j < seg.ne && utf8::decode(s, j, l2) != ' ' && !is_separator(s[j])) j += l2;
      if (numeric_word(s.substr(i, j - i))) {
        if (seg.tokens.empty()) seg.lead.assign(trim(s.substr(text_from, i - text_from)));
        seg.tokens.push_back(text_token(s, i, j, false));
        seg.centers.push_back(lc.center_of(i, j));
        len = j - i;
        prev = '0';
        text_from = j;
        continue;
      }
    }
    const bool starts_number = is_digit(static_cast<char>(c)) && c < 0x80;
    const bool negative = c == '-' && i + 1 < seg.ne && is_digit(s[i + 1]) && (prev == ' ' || prev == '\t');
    if (starts_number || negative) {
      NumberToken t;
      if (read_number_at(s, i, seg.ne, t)) {
        if (numbering_at(s, i, seg.ne, t) || date_part(s, t, seg.ne)) {  // label or date text
          len = t.ne - i;
          prev = '.';
          continue;
        }
        if (seg.tokens.empty()) seg.lead.assign(trim(s.substr(text_from, i - text_from)));
        seg.tokens.push_back(t);
        seg.centers.push_back(lc.center_of(t.nb, t.ne));
        len = t.ne - i;
        prev = '0';
        text_from = t.ne;
        continue;
      }
    }
    if (is_blank_mark(c) && (prev == ' ' || prev == '\t')) {
      size_t next_len = 0;
      const bool alone = i + len >= seg.ne || utf8::decode(s, i + len, next_len) == ' ';
      if (alone) {
        seg.tokens.push_back(text_token(s, i, i + len, true));
        seg.centers.push_back(lc.center_of(i, i + len));
        prev = '-';
        text_from = i + len;
        continue;
      }
    }
    prev = c;
  }
  if (seg.tokens.empty()) seg.lead.assign(trim(s.substr(seg.nb, seg.ne - seg.nb)));
  else seg.trail.assign(trim(s.substr(text_from, seg.ne - text_from)));
}

size_t separators_in(std::string_view s, size_t b, size_t e) {
  size_t n = 0;
  for (size_t i = b; i < e; ++i) n += is_separator(s[i]) ? 1 : 0;
  return n;
}

}  // namespace

void drop_empty_columns(RegionRuns& region, size_t cells) {
  std::map<size_t, std::vector<Run*>> by_count;
  for (auto& run : region.runs)
    if (run.positional && run.tokens.size() > cells) by_count[run.tokens.size()].push_back(&run);
  for (auto& [count, runs] : by_count) {
    std::vector<size_t> empty;  // indices from the right end, empty in every row of this width
    for (size_t k = 0; k < count; ++k) {
      bool all = true;
      for (const Run* run : runs) all = all && run->tokens[count - 1 - k].blank;
      if (all) empty.push_back(count - 1 - k);
    }
    if (empty.size() != count - cells) continue;  // which ones are spare is not clear
    for (Run* run : runs)
      for (size_t i : empty) {  // from the right end first: earlier indices stay valid
        run->tokens.erase(run->tokens.begin() + static_cast<long>(i));
        run->centers.erase(run->centers.begin() + static_cast<long>(i));
      }
  }
}

namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

// Digits at s[i..], at least `least` and at most `most` of them: the position after, or npos.
size_t digits_at(std::string_view s, size_t i, size_t least, size_t most) {
  size_t j = i;
  while (j < s.size() && digit(s[j]) && j - i < most) ++j;
  return j - i >= least ? j : std::string_view::npos;
}

// A browser's print header or footer, whatever follows on the line (the page's title, "3/5"): it
// starts with the page's address ("https://…", "file:///…") or with the date and time of printing
// ("2024/3/15 09:41", "11/29/26, 5:29 PM").
bool is_print_header_or_footer(std::string_view line) {
  for (std::string_view scheme : {"http://", "https://", "file://"})
    if (line.substr(0, scheme.size()) == scheme) return true;
  size_t p = digits_at(line, 0, 1, 4);
  for (int part = 0; part < 2 && p != std::string_view::npos; ++part)
    p = p < line.size() && (line[p] == '/' || line[p] == '-') ? digits_at(line, p + 1, 1, 4) : std::string_view::npos;
  if (p == std::string_view::npos) return false;
  if (p < line.size() && line[p] == ',') ++p;
  if (p >= line.size() || line[p] != ' ') return false;
  while (p < line.size() && line[p] == ' ') ++p;
  p = digits_at(line, p, 1, 2);
  return p != std::string_view::npos && p < line.size() && line[p] == ':' && digits_at(line, p + 1, 2, 2) != std::string_view::npos;
}

}  // namespace

bool is_page_furniture(std::string_view line) {
  line = trim(line);
  if (line.empty()) return false;
  // Every shape below starts with a digit, a dash, 第, or an address: most lines say no at once.
  const unsigned char first = static_cast<unsigned char>(line[0]);
  if (!digit(line[0]) && first != '-' && first != 'h' && first != 'f' && first != 0xE2 && first != 0xEF &&
      line.substr(0, 3) != "第")
    return false;
  if (is_print_header_or_footer(line)) return true;
  // What the shapes below allow: digits, dashes, spaces, '/', 第, 页 and 共. Any other character
  // (a table's label, its numbers' neighbours) says no at once.
  for (size_t i = 0, len = 0; i < line.size(); i += len) {
    const char32_t c = utf8::decode(line, i, len);
    const bool allowed = (c >= '0' && c <= '9') || c == '-' || c == U'—' || c == U'－' || c == U'–' || c == U'─' ||
                         c == ' ' || c == '/' || c == U'第' || c == U'页' || c == U'共';
    if (!allowed) return false;
  }
  // Strip dashes, em dashes and spaces around a number: "-3-", "— 5 —", "- 12 -".
  std::string core;
  size_t len = 0, digits = 0, marks = 0;
  for (size_t i = 0; i < line.size(); i += len) {
    const char32_t c = utf8::decode(line, i, len);
    if (c >= '0' && c <= '9') { ++digits; core.append(line, i, len); }
    else if (c == '-' || c == U'—' || c == U'－' || c == U'–' || c == U'─') ++marks;
    else if (c == ' ') continue;
    else core.append(line, i, len);
  }
  if (digits > 0 && digits <= 4 && marks >= 2 && core.size() == digits) return true;
  // "第 3 页", "第3页共10页", "3 / 10"
  const std::u32string u = text::u(std::string(line));
  std::u32string stripped;
  for (char32_t c : u)
    if (c != ' ') stripped += c;
  auto all_digits_or = [&](std::u32string_view allowed) {
    size_t d = 0;
    for (char32_t c : stripped) {
      if (c >= '0' && c <= '9') ++d;
      else if (allowed.find(c) == std::u32string_view::npos) return false;
    }
    return d > 0 && d <= 6;
  };
  if (stripped.size() >= 3 && stripped.front() == U'第' && stripped.back() == U'页' && all_digits_or(U"第页共")) return true;
  if (stripped.find(U'/') != std::u32string::npos && all_digits_or(U"/") && stripped.size() <= 9 &&
      stripped.front() != '/' && stripped.back() != '/')
    return line.find("  ") == std::string_view::npos && stripped.size() >= 3 && u.size() <= 11;
  return false;
}

std::vector<std::pair<size_t, size_t>> furniture_lines(std::string_view norm) {
  constexpr size_t kNear = 3;          // lines from a page's furniture a running header stands within
  constexpr size_t kHeaderHan = 4;     // a running header's Han characters, at least
  using Range = std::pair<size_t, size_t>;
  // The line holding position p, without its '\n'; and the same trimmed.
  auto line_at = [&](size_t p) -> Range {
    const size_t nl = p == 0 ? std::string_view::npos : norm.rfind('\n', p - 1);
    const size_t b = nl == std::string_view::npos ? 0 : nl + 1;
    const size_t e = std::min(norm.size(), norm.find('\n', p));
    return {b, e};
  };
  auto trimmed = [&](Range r) -> Range {
    const std::string_view t = trim(norm.substr(r.first, r.second - r.first));
    const size_t b = t.empty() ? r.first : static_cast<size_t>(t.data() - norm.data());
    return {b, b + t.size()};
  };
  std::vector<Range> furniture;  // whole lines
  for (size_t lb = 0; lb < norm.size();) {
    const size_t le = std::min(norm.size(), norm.find('\n', lb));
    if (is_page_furniture(norm.substr(lb, le - lb))) furniture.emplace_back(lb, le);
    lb = le + 1;
  }
  // A running header or footer (the page's title, the agency) beside the page number or address:
  // the same line of text within kNear lines of the furniture of two pages or more.
  std::vector<Range> near;  // trimmed
  auto consider = [&](Range line, size_t& counted) {
    const Range t = trimmed(line);
    if (t.first == t.second) return;
    ++counted;
    const std::string_view text = norm.substr(t.first, t.second - t.first);
    if (is_page_furniture(text)) return;
    size_t han = 0, len = 0;
    for (size_t j = 0; j < text.size() && han < kHeaderHan; j += len) han += is_han(utf8::decode(text, j, len)) ? 1 : 0;
    if (han >= kHeaderHan) near.push_back(t);
  };
  for (const Range& f : furniture) {
    size_t counted = 0;
    for (Range r = f; counted < kNear && r.first > 0;) consider(r = line_at(r.first - 1), counted);
    counted = 0;
    for (Range r = f; counted < kNear && r.second < norm.size();) consider(r = line_at(r.second + 1), counted);
  }
  std::sort(near.begin(), near.end());
  near.erase(std::unique(near.begin(), near.end()), near.end());
  std::unordered_map<std::string_view, size_t> seen;
  for (const Range& r : near) ++seen[norm.substr(r.first, r.second - r.first)];
  std::vector<Range> out;
  for (const Range& f : furniture) out.push_back(trimmed(f));
  for (const Range& r : near)
    if (seen[norm.substr(r.first, r.second - r.first)] >= 2) out.push_back(r);
  return out;
}

size_t RegionRuns::line_of(size_t nb) const {
  const auto it = std::upper_bound(line_starts.begin(), line_starts.end(), nb);
  return it == line_starts.begin() ? 0 : static_cast<size_t>(it - line_starts.begin()) - 1;
}

long RegionRuns::run_holding(const NumberToken& t) const {
  // Runs stand in text order: the last one starting at or before t.
  const auto it = std::upper_bound(runs.begin(), runs.end(), t.nb, [](size_t nb, const Run& r) { return nb < r.nb; });
  if (it == runs.begin() || std::prev(it)->ne < t.ne) return -1;
  return static_cast<long>(std::prev(it) - runs.begin());
}

RegionRuns find_runs(std::string_view s, size_t nb, size_t ne, const std::vector<Anchor>& anchors, size_t cells,
                     const std::vector<std::u32string>& header_words, const std::vector<uint32_t>& page_breaks) {
  RegionRuns out;
  ne = std::min(ne, s.size());
  std::vector<Anchor> sorted = anchors;
  std::sort(sorted.begin(), sorted.end(), [](const Anchor& a, const Anchor& b) { return a.nb < b.nb; });

  Run current;
  bool open = false;
  size_t current_line_tokens = 0;   // tokens of the current run on its last line
  std::string pending_lead;         // label traces since the last run ended
  auto close = [&] {
    if (open && !current.tokens.empty()) out.runs.push_back(current);
    current = Run{};
    open = false;
    current_line_tokens = 0;
  };

  size_t line_begin = nb;
  while (line_begin > 0 && s[line_begin - 1] != '\n') --line_begin;  // columns count from the line's start
  size_t line_index = 0, page = 0;
  auto next_break = std::lower_bound(page_breaks.begin(), page_breaks.end(), static_cast<uint32_t>(line_begin));
  for (size_t lb = line_begin; lb < ne; ++line_index) {
    size_t le = s.find('\n', lb);
    if (le == std::string_view::npos || le > ne) le = ne;
    for (; next_break != page_breaks.end() && *next_break <= lb; ++next_break) ++page;
    out.line_starts.push_back(lb);
    out.line_pages.push_back(page);
    const size_t from = std::max(lb, nb);
    const std::string_view line = s.substr(from, le - from);
    if (is_page_furniture(line)) {
      ++page;  // a page number ends its page
      lb = le + 1;
      continue;  // transparent: a page break does not end a run
    }
    if (is_generic_header(line)) {  // a converter's stand-in header: no cells, and a table starts
      close();
      lb = le + 1;
      continue;
    }
    // The line's segments between anchors.
    std::vector<Segment> segs;
    size_t p = from;
    bool after_anchor = false;
    for (const auto& a : sorted) {
      if (a.ne <= p || a.nb >= le) continue;
      if (a.nb > p) segs.push_back(segment(p, a.nb, after_anchor));
      p = std::max(p, a.ne);
      after_anchor = true;
      segs.push_back(segment(std::min(p, le), std::min(p, le), true));  // the label ends the run before it
      if (p >= le) break;
    }
    if (p < le) segs.push_back(segment(p, le, after_anchor));
    // An anchor ending a line still ends the run before it.
    bool anchor_on_line = false;
    for (const auto& a : sorted) anchor_on_line = anchor_on_line || (a.nb < le && a.ne > from);

    const LineContext lc{s, lb, header_words};
    bool first_segment = true;
    for (auto& seg : segs) {
      const size_t seps = separators_in(s, seg.nb, seg.ne);
      if (seps > 0) read_fields(lc, seg, cells);
      if (seg.tokens.empty() && !seg.positional) {
        seg.lead.clear();
        read_scan(lc, seg);
      }
      if (seg.after_anchor || (first_segment && anchor_on_line && segs.front().nb > from)) close();
      first_segment = false;
      if (!seg.lead.empty()) {
        // Running text before the numbers ends the run before it (a one-cell-per-line run, a label
        // dumped between rows).
        // Header words between a row's numbers (pdftotext's reading order) do not.
        size_t han = 0, l = 0;
        bool header_only = true;
        for (size_t i = 0; i < seg.lead.size(); i += l) {
          const char32_t c = utf8::decode(seg.lead, i, l);
          if (!is_han(c)) continue;
          ++han;
          bool in_header = false;
          for (const auto& w : header_words) in_header = in_header || w.find(c) != std::u32string::npos;
          header_only = header_only && in_header;
        }
        if (han >= 2 && !(header_only && !header_words.empty())) close();
        if (pending_lead.size() < 160) pending_lead += (pending_lead.empty() ? "" : " ") + seg.lead;
      }
      if (seg.tokens.empty()) continue;
      // A line of several numbers after a line of several numbers is a new row; single numbers on
      // consecutive lines are the cells of one row.
      // A row whose cells wrap onto the next line ("5 0 0" / "0 0 0 5") is one run when the two
      // lines make exactly one row.
      if (open && current.last_line != line_index && (current_line_tokens > 1 || seg.tokens.size() > 1) &&
          current.tokens.size() + seg.tokens.size() != cells)
        close();
      size_t k = 0;
      while (k < seg.tokens.size()) {
        const size_t end = (seg.text_break != std::string::npos && seg.text_break > k) ? seg.text_break : seg.tokens.size();
        if (!open) {
          current.first_line = line_index;
          current.page = page;
          current.nb = seg.tokens[k].nb;
          current.positional = seg.positional;
          current.lead = pending_lead;
          pending_lead.clear();
          open = true;
        }
        if (current.last_line != line_index) current_line_tokens = 0;
        for (; k < end; ++k) {
          current.tokens.push_back(seg.tokens[k]);
          current.centers.push_back(seg.centers[k]);
          current.ne = seg.tokens[k].ne;
          current.last_line = line_index;
          ++current_line_tokens;
        }
        current.positional = current.positional && seg.positional;
        if (k < seg.tokens.size()) close();  // running text inside the segment
        seg.text_break = std::string::npos;
      }
      if (!seg.trail.empty()) {
        pending_lead = seg.trail;
        if (!out.runs.empty() && !open && out.runs.back().ne <= seg.nb + seg.trail.size() + seg.ne) out.runs.back().trail = seg.trail;
        if (open) current.trail = seg.trail;
      }
      if (seg.positional && seg.tokens.size() >= cells) close();  // a TAB/pipe line of cells is one row
    }
    lb = le + 1;
  }
  close();
  return out;
}

}  // namespace xxgk
