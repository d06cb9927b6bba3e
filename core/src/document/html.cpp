// HTML (saved pages, .htm files, the clipboard's text/html) → Document in two steps. read_html
// decodes the page and prepares its markup (a comment, script or style left open must not swallow
// the rest of the page; absurd nesting is refused); the front end parses it with a real HTML5
// parser (gumbo in the CLI, the browser's DOMParser in the page) into an HtmlTree, and
// document_from_html_tree makes the Document: blocks are lines; <table> becomes a DocTable with
// rowspan/colspan resolved; script, style and what the page hides are dropped (hidden text is
// noted as a repair).
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <initializer_list>
#include <map>
#include <optional>
#include <string_view>
#include <vector>

#include "document/builder.h"
#include "document/html_charset.h"
#include "document/messages.h"
#include "document/readers.h"
#include "text/utf8.h"

namespace xxgk::doc {
namespace {

bool one_of(std::string_view tag, std::initializer_list<const char*> names) {
  return std::any_of(names.begin(), names.end(), [&](const char* n) { return tag == n; });
}

bool is_block(std::string_view t) {
  return one_of(t, {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "section",
                    "article", "header", "footer", "nav", "blockquote", "pre", "dl", "dt", "dd", "title", "hr",
                    "form", "caption", "main", "aside", "figure", "figcaption", "address", "center", "br", "body",
                    "html"});
}

bool is_dropped(std::string_view t) {
  return one_of(t, {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "select", "head"});
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

// The markup handed to a parser carries no inline style for it to apply: the page's
// Content-Security-Policy forbids inline styles, and DOMParser reports every one it meets. Whole
// <style> elements go (reading drops them anyway); style attributes are renamed
// kStyleAttribute, which reading looks into for display:none. The text of raw-text elements
// (script, title, textarea, …) is copied as it is. Both parsers get this same markup.
constexpr const char* kStyleAttribute = "data-xxgk-style";

std::string without_inline_styles(const std::string& html) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
  auto lower = [](std::string_view v) {
    std::string r(v);
    for (char& c : r) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return r;
  };
  std::string out;
  out.reserve(html.size());
  std::map<std::string, size_t> closers;  // raw-text element → where its next end tag starts
  size_t i = 0;
  while (i < html.size()) {
    const size_t lt = html.find('<', i);
    if (lt == std::string::npos) {
      out.append(html, i, std::string::npos);
      break;
    }
    out.append(html, i, lt - i);
    if (html.compare(lt, 4, "<!--") == 0) {  // a comment, through its end
      const size_t end = html.find("-->", lt + 4);
      i = end == std::string::npos ? html.size() : end + 3;
      out.append(html, lt, i - lt);
      continue;
    }
    size_t p = lt + 1;
    if (p >= html.size() || !std::isalpha(static_cast<unsigned char>(html[p]))) {
      out += '<';
      i = lt + 1;
      continue;
    }
    while (p < html.size() && !is_space(html[p]) && html[p] != '/' && html[p] != '>') ++p;
    const std::string name = lower(std::string_view(html).substr(lt + 1, p - lt - 1));
    std::string tag = html.substr(lt, p - lt);
    // Attributes: names (style renamed), values quoted or not, copied.
    while (p < html.size() && html[p] != '>') {
      if (is_space(html[p]) || html[p] == '/') { tag += html[p++]; continue; }
      size_t e = p + 1;
      while (e < html.size() && !is_space(html[e]) && html[e] != '/' && html[e] != '>' && html[e] != '=') ++e;
      tag += lower(std::string_view(html).substr(p, e - p)) == "style" ? kStyleAttribute : html.substr(p, e - p);
      p = e;
      while (p < html.size() && is_space(html[p])) tag += html[p++];
      if (p >= html.size() || html[p] != '=') continue;
      tag += html[p++];
      while (p < html.size() && is_space(html[p])) tag += html[p++];
      if (p < html.size() && (html[p] == '"' || html[p] == '\'')) {
        const size_t close = html.find(html[p], p + 1);
        const size_t stop = close == std::string::npos ? html.size() : close + 1;
        tag.append(html, p, stop - p);
        p = stop;
      } else {
        while (p < html.size() && !is_space(html[p]) && html[p] != '>') tag += html[p++];
      }
    }
    if (p < html.size()) tag += html[p++];  // '>'
    i = p;
    static const char* const kRawText[] = {"style", "script", "title", "textarea", "xmp", "iframe", "noembed",
                                           "noframes", "noscript"};
    const bool raw = std::any_of(std::begin(kRawText), std::end(kRawText), [&](const char* t) { return name == t; });
    size_t end = std::string::npos;
    if (raw) {  // each closer is looked for once (no rescans of a page of openers)
      auto found = closers.find(name);
      if (found == closers.end() || (found->second != std::string::npos && found->second < i))
        found = closers.insert_or_assign(name, ifind(html, "</" + name, i)).first;
      end = found->second;
    }
    if (name == "style" && end != std::string::npos) {  // the whole element goes
      const size_t gt = html.find('>', end);
      i = gt == std::string::npos ? html.size() : gt + 1;
      continue;
    }
    out += tag;
    if (raw && end != std::string::npos) {
      out.append(html, i, end - i);
      i = end;
    }
  }
  return out;
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

constexpr const char* kText = "#text";

// The tree with its child links, checked: parents before children, text nodes without children,
// nesting within the limit.
class Tree {
 public:
  Tree(const HtmlTree& nodes, size_t max_depth) : nodes_(nodes), first_(nodes.size(), -1), next_(nodes.size(), -1) {
    if (nodes.empty() || nodes[0].parent != -1 || nodes[0].tag == kText) { valid_ = false; return; }
    std::vector<int> last(nodes.size(), -1);
    std::vector<size_t> depth(nodes.size(), 0);
    for (size_t i = 1; i < nodes.size(); ++i) {
      const int p = nodes[i].parent;
      if (p < 0 || static_cast<size_t>(p) >= i || nodes[p].tag == kText) { valid_ = false; return; }
      depth[i] = depth[p] + 1;
      if (depth[i] > max_depth) { too_deep_ = true; return; }
      (last[p] < 0 ? first_[p] : next_[last[p]]) = static_cast<int>(i);
      last[p] = static_cast<int>(i);
    }
  }
  bool valid() const { return valid_ && !too_deep_; }
  bool too_deep() const { return too_deep_; }
  const HtmlNode& operator[](int i) const { return nodes_[i]; }
  int first_child(int i) const { return first_[i]; }
  int next_sibling(int i) const { return next_[i]; }
  bool is_text(int i) const { return nodes_[i].tag == kText; }
  const char* attribute(int i, std::string_view name) const {
    for (const auto& [k, v] : nodes_[i].attributes)
      if (k == name) return v.c_str();
    return nullptr;
  }
  // What the page does not show: the hidden attribute, or display:none in the element's style.
  bool hidden(int i) const {
    if (is_text(i)) return false;
    if (attribute(i, "hidden")) return true;
    const char* style = attribute(i, kStyleAttribute);
    if (!style) return false;
    std::string compact;
    for (const char* c = style; *c; ++c)
      if (!std::isspace(static_cast<unsigned char>(*c))) compact += static_cast<char>(std::tolower(static_cast<unsigned char>(*c)));
    for (size_t p = compact.find("display:none"); p != std::string::npos; p = compact.find("display:none", p + 1))
      if (p == 0 || compact[p - 1] == ';' || compact[p - 1] == '"' || compact[p - 1] == '{') return true;
    return false;
  }

 private:
  const HtmlTree& nodes_;
  std::vector<int> first_, next_;
  bool valid_ = true, too_deep_ = false;
};

int span_attribute(const Tree& tree, int el, const char* name, int max) {
  const char* a = tree.attribute(el, name);
  if (!a) return 1;
  const int v = std::atoi(a);
  return std::max(1, std::min(v, max));
}

// Text of a subtree with blocks and <br> as line breaks, white space collapsed (kept in <pre>).
// Hidden elements are left out; their text goes to `hidden` (when given).
class TextCollector {
 public:
  TextCollector(const Tree& tree, std::string& out, std::vector<std::string>* hidden)
      : tree_(tree), out_(out), hidden_(hidden) {}
  void collect(int root) {
    struct Frame { int node; int child; };
    std::vector<Frame> stack;
    if (enter(root)) stack.push_back({root, tree_.first_child(root)});
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.child < 0) {
        leave(f.node);
        stack.pop_back();
        continue;
      }
      const int child = f.child;
      f.child = tree_.next_sibling(child);
      if (enter(child)) stack.push_back({child, tree_.first_child(child)});
    }
  }
  void newline() {
    while (!out_.empty() && out_.back() == ' ') out_.pop_back();
    if (!out_.empty() && out_.back() != '\n') out_ += '\n';
    space_ = false;
  }
  // The text of a hidden element (its hidden parts too), on one line, for the repair's quote.
  static void note_hidden(const Tree& tree, int n, std::vector<std::string>& notes) {
    std::string h;
    TextCollector(tree, h, nullptr).collect_all(n);
    std::replace(h.begin(), h.end(), '\n', ' ');
    if (h.find_first_not_of(' ') != std::string::npos) notes.push_back(std::move(h));
  }

 private:
  bool enter(int n) {
    if (tree_.is_text(n)) {
      text(tree_[n].text);
      return false;
    }
    const std::string& tag = tree_[n].tag;
    if (is_dropped(tag)) return false;
    if (tree_.hidden(n)) {
      if (hidden_) note_hidden(tree_, n, *hidden_);
      return false;
    }
    if (tag == "pre") ++pre_;
    if (is_block(tag) || tag == "td" || tag == "th") newline();
    return true;
  }
  void leave(int n) {
    if (tree_.is_text(n)) return;
    if (tree_[n].tag == "pre") --pre_;
    if (is_block(tree_[n].tag)) newline();
  }
  // The text of a hidden element, hidden parts included (to quote it).
  void collect_all(int root) {
    std::vector<int> stack{root};
    while (!stack.empty()) {
      const int n = stack.back();
      stack.pop_back();
      if (tree_.is_text(n)) { text(tree_[n].text); continue; }
      if (is_dropped(tree_[n].tag)) continue;
      if (is_block(tree_[n].tag) || tree_[n].tag == "td" || tree_[n].tag == "th") space_ = true;
      std::vector<int> kids;
      for (int k = tree_.first_child(n); k >= 0; k = tree_.next_sibling(k)) kids.push_back(k);
      stack.insert(stack.end(), kids.rbegin(), kids.rend());
    }
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

  const Tree& tree_;
  std::string& out_;
  std::vector<std::string>* hidden_;
  int pre_ = 0;
  bool space_ = false;
};

// The page's flow: blocks as lines, top-level tables as DocTables, hidden text noted where it
// was left out.
class FlowReader {
 public:
  FlowReader(const Tree& tree, DocumentBuilder& out) : tree_(tree), out_(out), inline_text_(tree, line_, &hidden_) {}

  void read(int root) {
    struct Frame { int node; int child; };
    std::vector<Frame> stack{{root, tree_.first_child(root)}};
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.child < 0) {
        if (is_block(tree_[f.node].tag)) flush();
        stack.pop_back();
        continue;
      }
      const int n = f.child;
      f.child = tree_.next_sibling(n);
      if (tree_.is_text(n)) {
        inline_text_.collect(n);
        continue;
      }
      const std::string& tag = tree_[n].tag;
      if (tag == "head") {
        // The page title is often the report's title: kept as the first line.
        for (int k = tree_.first_child(n); k >= 0; k = tree_.next_sibling(k))
          if (tree_[k].tag == "title") {
            inline_text_.collect(k);
            flush();
          }
        continue;
      }
      if (is_dropped(tag)) continue;
      if (tree_.hidden(n)) {
        TextCollector::note_hidden(tree_, n, hidden_);
        continue;
      }
      if (tag == "table") {
        flush();
        const size_t at = out_.size();
        out_.add_table(table_cells(n), DocTable::Origin::markup);
        note_hidden(at);
        continue;
      }
      if (is_block(tag)) flush();
      if (tag == "br") continue;
      stack.push_back({n, tree_.first_child(n)});
    }
    flush();
  }

 private:
  void flush() {
    inline_text_.newline();
    const size_t at = out_.size();
    out_.append(line_);
    out_.end_line();
    line_.clear();
    note_hidden(at);
  }

  void note_hidden(size_t at) {
    for (const std::string& h : hidden_) {
      const size_t from = h.find_first_not_of(' ');
      size_t cut = std::min<size_t>(h.size(), from + 60);
      while (cut > from && cut < h.size() && (static_cast<unsigned char>(h[cut]) & 0xC0) == 0x80) --cut;
      out_.add_repair({ReadingRepair::Kind::hidden_text_dropped, at, at,
                       "网页中的隐藏文字“" + h.substr(from, cut - from) + "”未读入"});
    }
    hidden_.clear();
  }

  // The visible rows of a table (not those of tables inside its cells), cells placed on the grid.
  std::vector<GridCell> table_cells(int table) {
    std::vector<int> rows;
    auto visible_children = [&](int n, auto&& each) {
      for (int k = tree_.first_child(n); k >= 0; k = tree_.next_sibling(k)) {
        if (tree_.is_text(k)) continue;
        if (tree_.hidden(k)) {
          TextCollector::note_hidden(tree_, k, hidden_);
          continue;
        }
        each(k);
      }
    };
    visible_children(table, [&](int k) {
      const std::string& t = tree_[k].tag;
      if (t == "tr") rows.push_back(k);
      else if (t == "thead" || t == "tbody" || t == "tfoot")
        visible_children(k, [&](int tr) { if (tree_[tr].tag == "tr") rows.push_back(tr); });
    });
    std::vector<GridCell> cells;
    std::vector<std::vector<bool>> taken(rows.size());
    for (size_t r = 0; r < rows.size(); ++r) {
      int col = 0;
      visible_children(rows[r], [&](int td) {
        if (tree_[td].tag != "td" && tree_[td].tag != "th") return;
        auto is_taken = [&](size_t rr, int c) { return static_cast<size_t>(c) < taken[rr].size() && taken[rr][c]; };
        while (is_taken(r, col)) ++col;
        const int colspan = span_attribute(tree_, td, "colspan", 1000);
        const int rowspan = std::min(span_attribute(tree_, td, "rowspan", 65534), static_cast<int>(rows.size() - r));
        for (int dr = 0; dr < rowspan; ++dr) {
          auto& line = taken[r + dr];
          if (line.size() < static_cast<size_t>(col + colspan)) line.resize(col + colspan, false);
          for (int dc = 0; dc < colspan; ++dc) line[col + dc] = true;
        }
        GridCell cell{static_cast<int>(r), col, rowspan, colspan, {}};
        TextCollector(tree_, cell.text, &hidden_).collect(td);
        cells.push_back(std::move(cell));
        col += colspan;
      });
    }
    return cells;
  }

  const Tree& tree_;
  DocumentBuilder& out_;
  std::string line_;
  std::vector<std::string> hidden_;
  TextCollector inline_text_;
};

}  // namespace

ReadResult read_html(std::string_view bytes, const ReadLimits& limits) {
  DecodedText decoded = decode_html(bytes);
  if (decoded.status != ReadStatus::ok) return refuse(decoded.status, decoded.message);
  if (markup_depth(decoded.text) > limits.max_nesting * 16) return refuse(ReadStatus::too_large, msg::kTooDeep);
  ReadResult r = read_failure(ReadStatus::needs_html_tree);
  r.document.kind = SourceKind::html;
  r.document.text = without_inline_styles(open_unterminated(std::move(decoded.text)));
  r.document.encoding = std::move(decoded.encoding);
  r.document.repairs = std::move(decoded.repairs);
  return r;
}

}  // namespace xxgk::doc

namespace xxgk {

namespace {

// A parser's text is UTF-8 but not always well-formed (gumbo turns an overflowing numeric
// reference, &#x3e000AAAAAAAAA…, into a lone byte): each invalid byte becomes U+FFFD, as a
// browser's DOMParser gives.
size_t first_invalid(std::string_view s) {
  size_t i = 0, len = 0;
  for (; i < s.size(); i += len)
    if (utf8::decode(s, i, len) == 0xFFFD && s.compare(i, 3, "\xEF\xBF\xBD") != 0) break;
  return i;
}

void repair_utf8(std::string& s) {
  size_t i = first_invalid(s), len = 0;
  if (i == s.size()) return;
  std::string out(s, 0, i);
  for (; i < s.size(); i += len) utf8::append(out, utf8::decode(s, i, len));
  s = std::move(out);
}

bool well_formed(const HtmlNode& node) {
  if (first_invalid(node.text) != node.text.size()) return false;
  for (const auto& [name, value] : node.attributes)
    if (first_invalid(value) != value.size()) return false;
  return true;
}

}  // namespace

ReadResult document_from_html_tree(const Document& page, const HtmlTree& parsed, const ReadLimits& limits) {
  using namespace doc;
  // Copied only when some text or attribute needs repair.
  std::optional<HtmlTree> repaired;
  for (size_t n = 0; n < parsed.size(); ++n) {
    if (well_formed(parsed[n])) continue;
    if (!repaired) repaired = parsed;
    HtmlNode& node = (*repaired)[n];
    repair_utf8(node.text);
    for (auto& [name, value] : node.attributes) repair_utf8(value);
  }
  const HtmlTree& nodes = repaired ? *repaired : parsed;
  const Tree tree(nodes, limits.max_nesting * 16);
  if (tree.too_deep()) return refuse(ReadStatus::too_large, msg::kTooDeep);
  if (!tree.valid()) return refuse(ReadStatus::damaged, msg::kHtmlTreeInvalid);
  DocumentBuilder out(SourceKind::html, limits);
  FlowReader(tree, out).read(0);
  if (out.over_limit()) return too_large("网页文字", limits.max_text_bytes);
  if (!out.has_text()) return refuse(ReadStatus::empty, msg::kHtmlNoText);
  if (!page.repairs.empty() || repaired) out.note_replacement_characters("网页中的无效字节已替换为 �");
  ReadResult r;
  r.document = out.take();
  r.document.encoding = page.encoding;
  return r;
}

}  // namespace xxgk
