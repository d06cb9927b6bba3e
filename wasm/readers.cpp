// Embind bindings of the readers module: type conversion only. Bytes and JSON in, the core's
// document JSON out (xxgk/document_json.h); the checker module checks what it reads.
#include <emscripten/bind.h>

#include <string>

#include "xxgk/document_json.h"

namespace {

// bytes: a Uint8Array (Embind passes it as the std::string's bytes).
std::string read_document_js(const std::string& bytes, const std::string& name) {
  return xxgk::document_json(xxgk::read_document(bytes, name));
}

// What pdf.js found in a PDF (readDocument said needs_pdf_runs).
std::string read_pdf_runs_js(const std::string& runs_json) {
  return xxgk::document_json(xxgk::read_pdf_text(xxgk::pdf_text_from_json(runs_json)));
}

// The tree DOMParser gave for a page (readDocument said needs_html_tree; page_json is that answer).
std::string read_html_tree_js(const std::string& page_json, const std::string& tree_json) {
  const xxgk::ReadResult page = xxgk::document_from_json(page_json);
  return xxgk::document_json(xxgk::document_from_html_tree(page.document, xxgk::html_tree_from_json(tree_json)));
}

}  // namespace

EMSCRIPTEN_BINDINGS(xxgk_readers) {
  emscripten::function("readDocument", &read_document_js);
  emscripten::function("readPdfRuns", &read_pdf_runs_js);
  emscripten::function("readHtmlTree", &read_html_tree_js);
}
