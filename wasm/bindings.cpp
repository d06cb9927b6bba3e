// Embind bindings: type conversion only, no logic. Strings and byte arrays in, JSON out.
#include <emscripten/bind.h>

#include <string>

#include "xxgk/check.h"
#include "xxgk/document_json.h"

namespace {

std::string check_js(const std::string& text, const std::string& options_json) {
  return xxgk::to_json(xxgk::check(text, xxgk::options_from_json(options_json)));
}

// bytes: a Uint8Array (Embind passes it as the std::string's bytes).
std::string read_document_js(const std::string& bytes, const std::string& name) {
  return xxgk::document_json(xxgk::read_document(bytes, name), nullptr);
}

std::string checked_json(const xxgk::ReadResult& read, const std::string& options_json) {
  if (!read.ok()) return xxgk::document_json(read, nullptr);
  const xxgk::Result result = xxgk::check(read.document, xxgk::options_from_json(options_json));
  return xxgk::document_json(read, &result);
}

std::string check_document_js(const std::string& bytes, const std::string& name, const std::string& options_json) {
  return checked_json(xxgk::read_document(bytes, name), options_json);
}

std::string check_pdf_runs_js(const std::string& runs_json, const std::string& options_json) {
  return checked_json(xxgk::read_pdf_text(xxgk::pdf_text_from_json(runs_json)), options_json);
}

std::string rules_js() { return xxgk::rules_json(); }

std::string version_js() { return xxgk::version(); }

std::string model_js() { return xxgk::model_json(); }

}  // namespace

EMSCRIPTEN_BINDINGS(xxgk_lint) {
  emscripten::function("check", &check_js);
  emscripten::function("readDocument", &read_document_js);
  emscripten::function("checkDocument", &check_document_js);
  emscripten::function("checkPdfRuns", &check_pdf_runs_js);
  emscripten::function("rules", &rules_js);
  emscripten::function("version", &version_js);
  emscripten::function("model", &model_js);
}
