// HTML (saved pages, .htm files, the clipboard's text/html) → Document with gumbo, a real HTML5
// parser. Blocks are lines; <table> becomes a DocTable with rowspan/colspan resolved; script,
// style and comments are dropped, and one left open does not swallow the rest of the page.
#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <vector>

#include "document/builder.h"
#include "document/html_charset.h"
#include "document/messages.h"
#include "document/readers.h"

namespace xxgk::doc {
namespace {

bool is_block(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TITLE: case GUMBO_TAG_HR: case GUMBO_TAG_FORM: case GUMBO_TAG_CAPTION: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_BR: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

bool is_dropped(GumboTag t) {
  return t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE ||
         t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH || t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_OBJECT ||
         t == GUMBO_TAG_SELECT || t == GUMBO_TAG_HEAD;
}

bool ieq(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

size_t ifind(std::string_view h, std::string_view needle, size_t from) {
  for (size_t p = from; p + needle.size() <= h.size(); ++p) {
    p = h.find('<', p);
    if (p == std::string_view::npos || p + needle.size() > h.size()) return std::string_view::npos;
    if (ieq(h.substr(p, needle.size()), needle)) return p;
  }
  return std::string_view::npos;
}

// A comment, script or style left open runs to the end of the page in HTML5, taking the report
// with it: the opener of such an unterminated one is removed, so the rest reads as markup.
std::string open_unterminated(std::string html) {
  for (size_t p = html.find("<!--"); p != std::string::npos; p = html.find("<!--", p + 4)) {
    const size_t end = html.find("-->", p + 4);
    if (end == std::string::npos) {
      html.erase(p, 4);
      break;
    }
    p = end;
  }
  for (const char* tag : {"script", "style", "title", "textarea", "xmp", "noscript"}) {
    const std::string open = std::string("<") + tag, close = std::string("</") + tag;
    for (size_t p = ifind(html, open, 0); p != std::string::npos; p = ifind(html, open, p + 1)) {
      const char after = p + open.size() < html.size() ? html[p + open.size()] : '>';
      if (!(after == '>' || after == ' ' || after == '\t' || after == '\n' || after == '\r' || after == '/')) continue;
      const size_t end = ifind(html, close, p + open.size());
      if (end == std::string::npos) {
        const size_t gt = html.find('>', p);
        html.erase(p, gt == std::string::npos ? std::string::npos : gt - p + 1);
        break;
      }
      p = end;
    }
  }
  return html;
}

// Approximate element depth of the markup (elements that need their end tag), so that a page of
// a million nested <div>s is refused before the parser builds it.
size_t markup_depth(std::string_view h) {
  size_t depth = 0, deepest = 0;
  for (size_t p = h.find('<'); p != std::string_view::npos && p + 1 < h.size(); p = h.find('<', p + 1)) {
    const bool closing = h[p + 1] == '/';
    const size_t s = p + (closing ? 2 : 1);
    size_t e = s;
    while (e < h.size() && std::isalpha(static_cast<unsigned char>(h[e]))) ++e;
    const std::string_view name = h.substr(s, e - s);
    if (name.empty()) continue;
    static const char* const kContainers[] = {"div", "span", "table", "font", "b", "i", "u", "a", "section",
                                              "article", "ul", "ol", "blockquote", "strong", "em", "center"};
    const bool container = std::any_of(std::begin(kContainers), std::end(kContainers),
                                       [&](const char* c) { return ieq(name, c); });
    if (!container) continue;
    const size_t gt = h.find('>', e);
    if (!closing && gt != std::string_view::npos && gt > 0 && h[gt - 1] == '/') continue;
    if (closing) depth = depth ? depth - 1 : 0;
    else deepest = std::max(deepest, ++depth);
  }
  return deepest;
}

int span_attribute(const GumboElement& el, const char* name, int max) {
  const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name);
  if (!a) return 1;
  const int v = std::atoi(a->value);
  return std::max(1, std::min(v, max));
}

// Text of a subtree with blocks and <br> as line breaks, white space collapsed (kept in <pre>).
class TextCollector {
 public:
  explicit TextCollector(std::string& out) : out_(out) {}
  void collect(const GumboNode* root) {
    struct Frame { const GumboNode* node; unsigned child; };
    std::vector<Frame> stack{{root, 0}};
    enter(root);
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.node->type != GUMBO_NODE_ELEMENT || f.child >= f.node->v.element.children.length) {
        leave(f.node);
        stack.pop_back();
        continue;
      }
      const auto* child = static_cast<const GumboNode*>(f.node->v.element.children.data[f.child++]);
      if (enter(child)) stack.push_back({child, 0});
    }
  }
  void newline() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    space_ = false;
  }

 private:
  bool enter(const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA || n->type == GUMBO_NODE_WHITESPACE) {
      text(n->v.text.text);
      return false;
    }
    if (n->type != GUMBO_NODE_ELEMENT) return false;
    const GumboTag tag = n->v.element.tag;
    if (is_dropped(tag)) return false;
    if (tag == GUMBO_TAG_PRE) ++pre_;
    if (is_block(tag) || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) newline();
    return true;
  }
  void leave(const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return;
    if (n->v.element.tag == GUMBO_TAG_PRE) --pre_;
    if (is_block(n->v.element.tag)) newline();
  }
  void text(std::string_view s) {
    for (char c : s) {
      const bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (pre_ > 0 && c == '\n') { newline(); continue; }
      if (ws) { space_ = true; continue; }
      if (space_ && !out_.empty() && out_.back() != '\n' && out_.back() != ' ') out_ += ' ';
      space_ = false;
      out_ += c;
    }
  }

  std::string& out_;
  int pre_ = 0;
  bool space_ = false;
};

// The rows of a table (not those of tables inside its cells), cells placed on the grid.
std::vector<GridCell> table_cells(const GumboNode* table) {
  std::vector<const GumboNode*> rows;
  auto element_children = [](const GumboNode* n, auto&& each) {
    const GumboVector& kids = n->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT) each(k);
    }
  };
  element_children(table, [&](const GumboNode* k) {
    const GumboTag t = k->v.element.tag;
    if (t == GUMBO_TAG_TR) rows.push_back(k);
    else if (t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_TFOOT)
      element_children(k, [&](const GumboNode* tr) { if (tr->v.element.tag == GUMBO_TAG_TR) rows.push_back(tr); });
  });
  std::vector<GridCell> cells;
  std::vector<std::vector<bool>> taken(rows.size());
  for (size_t r = 0; r < rows.size(); ++r) {
    int col = 0;
    const GumboVector& kids = rows[r]->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* td = static_cast<const GumboNode*>(kids.data[i]);
      if (td->type != GUMBO_NODE_ELEMENT || (td->v.element.tag != GUMBO_TAG_TD && td->v.element.tag != GUMBO_TAG_TH))
        continue;
      auto is_taken = [&](size_t rr, int c) { return static_cast<size_t>(c) < taken[rr].size() && taken[rr][c]; };
      while (is_taken(r, col)) ++col;
      const int colspan = span_attribute(td->v.element, "colspan", 1000);
      const int rowspan = std::min(span_attribute(td->v.element, "rowspan", 65534), static_cast<int>(rows.size() - r));
      for (int dr = 0; dr < rowspan; ++dr) {
        auto& line = taken[r + dr];
        if (line.size() < static_cast<size_t>(col + colspan)) line.resize(col + colspan, false);
        for (int dc = 0; dc < colspan; ++dc) line[col + dc] = true;
      }
      GridCell cell{static_cast<int>(r), col, rowspan, colspan, {}};
      TextCollector(cell.text).collect(td);
      cells.push_back(std::move(cell));
      col += colspan;
    }
  }
  return cells;
}

// The page's flow: blocks as lines, top-level tables as DocTables.
void read_flow(const GumboNode* root, DocumentBuilder& out) {
  std::string line;
  TextCollector inline_text(line);
  auto flush = [&] {
    inline_text.newline();
    out.append(line);
    out.end_line();
    line.clear();
  };
  struct Frame { const GumboNode* node; unsigned child; };
  std::vector<Frame> stack{{root, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.child >= f.node->v.element.children.length) {
      if (is_block(f.node->v.element.tag)) flush();
      stack.pop_back();
      continue;
    }
    const auto* n = static_cast<const GumboNode*>(f.node->v.element.children.data[f.child++]);
    if (n->type != GUMBO_NODE_ELEMENT) {
      if (n->type != GUMBO_NODE_COMMENT) inline_text.collect(n);
      continue;
    }
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_HEAD) {
      // The page title is often the report's title: kept as the first line.
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = 0; i < kids.length; ++i) {
        const auto* k = static_cast<const GumboNode*>(kids.data[i]);
        if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == GUMBO_TAG_TITLE) {
          inline_text.collect(k);
          flush();
        }
      }
      continue;
    }
    if (is_dropped(tag)) continue;
    if (tag == GUMBO_TAG_TABLE) {
      flush();
      out.add_table(table_cells(n), DocTable::Origin::markup);
      continue;
    }
    if (is_block(tag)) flush();
    if (tag == GUMBO_TAG_BR) continue;
    stack.push_back({n, 0});
  }
  flush();
}

}  // namespace

ReadResult read_html(std::string_view bytes, const ReadLimits& limits) {
  DecodedText decoded = decode_html(bytes);
  if (decoded.status != ReadStatus::ok) return refuse(decoded.status, decoded.message);
  if (markup_depth(decoded.text) > limits.max_nesting * 16) return refuse(ReadStatus::too_large, msg::kTooDeep);
  const std::string html = open_unterminated(std::move(decoded.text));
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  DocumentBuilder out(SourceKind::html, limits);
  read_flow(parsed->root, out);
  if (out.over_limit()) return too_large("网页文字", limits.max_text_bytes);
  if (!out.has_text()) return refuse(ReadStatus::empty, msg::kHtmlNoText);
  if (!decoded.repairs.empty()) out.note_replacement_characters("网页中的无效字节已替换为 �");
  ReadResult r;
  r.document = out.take();
  r.document.encoding = decoded.encoding;
  return r;
}

}  // namespace xxgk::doc
