#pragma once
// .docx -> plain text: word/document.xml read from the ZIP, paragraphs as lines, table rows as
// lines of tab-separated cells (vertically merged continuation cells left out, as in a copied
// HTML table).
#include <string>
#include <string_view>

namespace xxgk_cli {

struct DocxText {
  bool ok = false;
  std::string text;
  std::string error;  // Chinese reason when !ok
};

DocxText docx_to_text(std::string_view docx_bytes);
std::string wordml_to_text(std::string_view document_xml);

}  // namespace xxgk_cli
