#pragma once
// The CLI's HTML parser: gumbo (Debian's libgumbo, a real HTML5 parser) turns the page's markup
// into the core's HtmlTree; the core makes the Document (document_from_html_tree), as it does for
// the tree the page's DOMParser gives.
#include <string_view>

#include "xxgk/document.h"

namespace xxgk_cli {

xxgk::HtmlTree gumbo_html_tree(std::string_view markup);

}  // namespace xxgk_cli
