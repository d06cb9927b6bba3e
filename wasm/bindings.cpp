// Embind bindings: type conversion only, no logic. Plain strings cross the boundary.
#include <emscripten/bind.h>

#include <string>

#include "xxgk/check.h"

namespace {

std::string check_js(const std::string& text, const std::string& options_json) {
  return xxgk::to_json(xxgk::check(text, xxgk::options_from_json(options_json)));
}

std::string rules_js() { return xxgk::rules_json(); }

std::string version_js() { return xxgk::version(); }

std::string model_js() { return xxgk::model_json(); }

}  // namespace

EMSCRIPTEN_BINDINGS(xxgk_lint) {
  emscripten::function("check", &check_js);
  emscripten::function("rules", &rules_js);
  emscripten::function("version", &version_js);
  emscripten::function("model", &model_js);
}
