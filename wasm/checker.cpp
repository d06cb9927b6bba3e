// Embind bindings of the checker module: type conversion only. Strings in, JSON (or bytes) out.
#include <emscripten/bind.h>

#include <string>

#include "xxgk/batch_json.h"
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

std::string metrics_doc_js() { return xxgk::metrics_markdown(); }

// results: a JSON array of contract results.
std::string year_pairs_js(const std::string& results) { return xxgk::year_pairs_json(results); }

// tree: {"name", "file", "result": contract | null, "problem", "units": [...]}.
std::string rollup_js(const std::string& tree) { return xxgk::rollup_tree_json(tree); }

// paths: a JSON array of a dropped folder's file paths.
std::string batch_inputs_js(const std::string& paths) { return xxgk::batch_inputs_json(paths); }

// listing: a dropped folder's files, folders, report years and manifest texts (xxgk/batch_json.h).
std::string rollup_layout_js(const std::string& listing) { return xxgk::rollup_layout_json(listing); }

std::string summary_table_js(const std::string& records) { return xxgk::summary_table_json(records); }

// records: [{"file", "result": contract | null, "message", "sha256", "previous_file"}, ...]. Bytes,
// not a string: a JS string would lose the byte order mark Excel needs (UTF-8 decoding drops it).
emscripten::val summary_csv_js(const std::string& records) {
  const std::string csv = xxgk::summary_csv(xxgk::summary_rows_from_json(records));
  return emscripten::val::global("Uint8Array").new_(emscripten::typed_memory_view(csv.size(), csv.data()));
}

}  // namespace

EMSCRIPTEN_BINDINGS(xxgk_lint) {
  emscripten::function("check", &check_js);
  emscripten::function("checkDocumentJson", &check_document_json_js);
  emscripten::function("rules", &rules_js);
  emscripten::function("version", &version_js);
  emscripten::function("model", &model_js);
  emscripten::function("metricsDoc", &metrics_doc_js);
  emscripten::function("yearPairs", &year_pairs_js);
  emscripten::function("rollup", &rollup_js);
  emscripten::function("summaryCsv", &summary_csv_js);
  emscripten::function("summaryTable", &summary_table_js);
  emscripten::function("batchInputs", &batch_inputs_js);
  emscripten::function("rollupLayout", &rollup_layout_js);
}
