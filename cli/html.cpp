#include "html.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "decode.h"

namespace xxgk_cli {
namespace {

struct NamedEntity {
  const char* name;
  char32_t cp;
};
constexpr NamedEntity kEntities[] = {
    {"nbsp", 0xA0},   {"lt", '<'},        {"gt", '>'},        {"amp", '&'},      {"quot", '"'},
    {"apos", '\''},   {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"middot", 0xB7},
    {"mdash", 0x2014}, {"ndash", 0x2013}, {"ldquo", 0x201C},  {"rdquo", 0x201D}, {"lsquo", 0x2018},
    {"rsquo", 0x2019}, {"hellip", 0x2026}, {"times", 0xD7},   {"yen", 0xA5},     {"copy", 0xA9},
    {"reg", 0xAE},    {"deg", 0xB0},      {"plusmn", 0xB1},   {"divide", 0xF7},  {"bull", 0x2022},
    {"laquo", 0xAB},  {"raquo", 0xBB},    {"sup2", 0xB2},     {"zwj", 0x200D},   {"zwnj", 0x200C},
};

std::string lower(std::string_view s) {
  std::string r(s);
  for (auto& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return r;
}

bool is_block(const std::string& t) {
  static const char* const kBlocks[] = {
      "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead",
      "tfoot", "section", "article", "header", "footer", "nav", "blockquote", "pre", "dl", "dt", "dd",
      "title", "hr", "form", "caption", "main", "aside", "figure", "figcaption", "address", "center"};
  for (const char* b : kBlocks)
    if (t == b) return true;
  return false;
}

// Text sink that collapses HTML white space; blocks and rows end lines, no blank lines.
struct Sink {
  std::string out;
  bool pending_space = false;
  int in_cell = 0;          // inside <td>/<th>: line breaks become spaces
  int cells_in_row = 0;
  bool in_pre = false;

  bool at_line_start() const { return out.empty() || out.back() == '\n'; }
  void text(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      const char c = s[i];
      if (!in_pre && (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f')) {
        pending_space = true;
        continue;
      }
      if (in_pre && c == '\r') continue;
      if (in_pre && c == '\n') { newline(); continue; }
      flush_space();
      out += c;
    }
  }
  void decoded(const std::string& s) { flush_space(); out += s; }
  void flush_space() {
    if (pending_space && !at_line_start() && out.back() != ' ' && out.back() != '\t') out += ' ';
    pending_space = false;
  }
  void trim_trailing_spaces() {
    while (!out.empty() && out.back() == ' ') out.pop_back();
  }
  void newline() {  // end of a block or a line: no blank lines are produced
    pending_space = false;
    if (in_cell) {
      if (!at_line_start() && out.back() != '\t' && out.back() != ' ') out += ' ';
      return;
    }
    trim_trailing_spaces();
    if (!at_line_start()) out += '\n';
  }
  void line_break() { newline(); }  // <br>, <p>
};

}  // namespace

size_t decode_entity(std::string_view s, size_t i, std::string& out) {
  // s[i] == '&'
  size_t j = i + 1;
  const size_t limit = std::min(s.size(), i + 12);
  while (j < limit && s[j] != ';' && (std::isalnum(static_cast<unsigned char>(s[j])) || s[j] == '#')) ++j;
  if (j >= s.size() || s[j] != ';' || j == i + 1) return 0;
  const std::string_view name = s.substr(i + 1, j - i - 1);
  if (name[0] == '#') {
    char32_t cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const size_t start = hex ? 2 : 1;
    if (start >= name.size()) return 0;
    for (size_t k = start; k < name.size(); ++k) {
      const char c = name[k];
      int v;
      if (c >= '0' && c <= '9') v = c - '0';
      else if (hex && c >= 'a' && c <= 'f') v = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') v = c - 'A' + 10;
      else return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
      if (cp > 0x10FFFF) return 0;
    }
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    append_utf8(out, cp);
    return j - i + 1;
  }
  for (const auto& e : kEntities) {
    if (name == e.name) {
      append_utf8(out, e.cp);
      return j - i + 1;
    }
  }
  return 0;
}

std::string html_to_text(std::string_view h) {
  Sink sink;
  sink.out.reserve(h.size() / 2);
  size_t i = 0;
  const size_t n = h.size();
  while (i < n) {
    const char c = h[i];
    if (c == '&') {
      std::string ent;
      const size_t used = decode_entity(h, i, ent);
      if (used) {
        sink.decoded(ent);
        i += used;
      } else {
        sink.text(h.substr(i, 1));
        ++i;
      }
      continue;
    }
    if (c != '<') {
      const size_t next = h.find_first_of("<&", i);
      const size_t end = next == std::string_view::npos ? n : next;
      sink.text(h.substr(i, end - i));
      i = end;
      continue;
    }
    // Comment, doctype, CDATA.
    if (h.compare(i, 4, "<!--") == 0) {
      const size_t e = h.find("-->", i + 4);
      i = e == std::string_view::npos ? n : e + 3;
      continue;
    }
    if (i + 1 < n && (h[i + 1] == '!' || h[i + 1] == '?')) {
      const size_t e = h.find('>', i);
      i = e == std::string_view::npos ? n : e + 1;
      continue;
    }
    // A tag: <name ...> or </name>. Anything else ("a < b") is text.
    size_t j = i + 1;
    const bool closing = j < n && h[j] == '/';
    if (closing) ++j;
    const size_t name_start = j;
    while (j < n && (std::isalnum(static_cast<unsigned char>(h[j])) || h[j] == ':' || h[j] == '-')) ++j;
    if (j == name_start || !std::isalpha(static_cast<unsigned char>(h[name_start]))) {
      sink.text("<");
      ++i;
      continue;
    }
    const std::string name = lower(h.substr(name_start, j - name_start));
    // End of the tag, skipping quoted attribute values.
    char quote = 0;
    while (j < n) {
      if (quote) {
        if (h[j] == quote) quote = 0;
      } else if (h[j] == '"' || h[j] == '\'') {
        quote = h[j];
      } else if (h[j] == '>') {
        break;
      }
      ++j;
    }
    i = j < n ? j + 1 : n;

    if (!closing && (name == "script" || name == "style" || name == "noscript" || name == "template" ||
                     name == "svg")) {
      // Raw text elements: skip to the matching end tag.
      const std::string end_tag = "</" + name;
      size_t k = i;
      for (;;) {
        k = h.find("</", k);
        if (k == std::string_view::npos) { i = n; break; }
        if (lower(h.substr(k, end_tag.size())) == end_tag) {
          const size_t e = h.find('>', k);
          i = e == std::string_view::npos ? n : e + 1;
          break;
        }
        k += 2;
      }
      continue;
    }
    if (name == "tr") {
      if (!closing) { sink.in_cell = 0; sink.cells_in_row = 0; }
      sink.line_break();
      continue;
    }
    if (name == "td" || name == "th") {
      if (!closing) {
        sink.in_cell = 0;
        sink.trim_trailing_spaces();
        if (sink.cells_in_row > 0) sink.out += '\t';
        else if (!sink.at_line_start()) sink.line_break();
        ++sink.cells_in_row;
        sink.in_cell = 1;
        sink.pending_space = false;
      } else {
        sink.trim_trailing_spaces();
        sink.in_cell = 0;
        sink.pending_space = false;
      }
      continue;
    }
    if (name == "pre") sink.in_pre = !closing;
    if (name == "br" || name == "p" || name == "li" || name == "dt" || name == "dd") {
      sink.line_break();
      continue;
    }
    if (name == "table") {
      sink.in_cell = 0;
      sink.cells_in_row = 0;
    }
    if (is_block(name)) sink.newline();
  }
  sink.trim_trailing_spaces();
  if (!sink.out.empty() && sink.out.back() != '\n') sink.out += '\n';
  return std::move(sink.out);
}

}  // namespace xxgk_cli
