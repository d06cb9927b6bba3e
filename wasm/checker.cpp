// Embind bindings of the checker module: type conversion only. Strings in, JSON out.
#include <emscripten/bind.h>

#include <string>

#include "xxgk/check.h"
#include "xxgk/document_json.h"

namespace {

std::string check_js(const std::string& text, const std::string& options_json) {
  return xxgk::to_json(xxgk::check(text, xxgk::options_from_json(options_json)));
}

// A document the readers module read (its document JSON, status ok) → the contract JSON; "" when
// the JSON is no readable document.
std::string check_document_json_js(const std::string& document_json, const std::string& options_json) {
  const xxgk::ReadResult read = xxgk::document_from_json(document_json);
  if (!read.ok()) return "";
  return xxgk::to_json(xxgk::check(read.document, xxgk::options_from_json(options_json)));
}

std::string rules_js() { return xxgk::rules_json(); }

std::string version_js() { return xxgk::version(); }

std::string model_js() { return xxgk::model_json(); }

}  // namespace

EMSCRIPTEN_BINDINGS(xxgk_lint) {
  emscripten::function("check", &check_js);
  emscripten::function("checkDocumentJson", &check_document_json_js);
  emscripten::function("rules", &rules_js);
  emscripten::function("version", &version_js);
  emscripten::function("model", &model_js);
}
