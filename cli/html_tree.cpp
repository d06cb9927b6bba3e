#include "html_tree.h"

#include <gumbo.h>

#include <cctype>
#include <memory>
#include <string>
#include <vector>

namespace xxgk_cli {
namespace {

std::string tag_name(const GumboElement& el) {
  if (el.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(el.tag);
  GumboStringPiece original = el.original_tag;
  gumbo_tag_from_original_text(&original);
  std::string name(original.data ? original.data : "", original.data ? original.length : 0);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

}  // namespace

xxgk::HtmlTree gumbo_html_tree(std::string_view markup) {
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> parsed(
      gumbo_parse_with_options(&kGumboDefaultOptions, markup.data(), markup.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  xxgk::HtmlTree tree;
  // Pre-order with an explicit stack (no recursion on deep pages): node, parent index.
  std::vector<std::pair<const GumboNode*, int>> stack{{parsed->root, -1}};
  while (!stack.empty()) {
    const auto [node, parent] = stack.back();
    stack.pop_back();
    xxgk::HtmlNode out;
    out.parent = parent;
    switch (node->type) {
      case GUMBO_NODE_TEXT: case GUMBO_NODE_WHITESPACE: case GUMBO_NODE_CDATA:
        out.tag = "#text";
        out.text = node->v.text.text;
        tree.push_back(std::move(out));
        continue;
      case GUMBO_NODE_ELEMENT: case GUMBO_NODE_TEMPLATE: break;
      default: continue;  // document, comments
    }
    const GumboElement& el = node->v.element;
    out.tag = tag_name(el);
    for (const char* name : xxgk::kHtmlTreeAttributes)
      if (const GumboAttribute* a = gumbo_get_attribute(&el.attributes, name)) out.attributes.emplace_back(name, a->value);
    const int index = static_cast<int>(tree.size());
    tree.push_back(std::move(out));
    for (unsigned i = el.children.length; i-- > 0;)
      stack.push_back({static_cast<const GumboNode*>(el.children.data[i]), index});
  }
  return tree;
}

}  // namespace xxgk_cli
