// Embind bindings of the Excel module (xxgk-xlsx.mjs), apart from the checker so that the page
// loads libxlsxwriter and the file system it needs only when it exports: type conversion only.
#include <emscripten/bind.h>

#include <string>

#include "xlsx_writer.h"
#include "xxgk/document_json.h"
#include "xxgk/sheets.h"

namespace {

emscripten::val bytes(const std::string& b) {
  return emscripten::val::global("Uint8Array").new_(emscripten::typed_memory_view(b.size(), b.data()));
}

// records: [{"file", "result": contract | null, "message", "sha256", "previous_file"}, ...];
// report: one contract result whose tables are added, or "".
emscripten::val workbook_js(const std::string& records, const std::string& report) {
  const auto result = report.empty() ? std::nullopt : xxgk::result_from_json(report);
  return bytes(xxgk_xlsx::workbook_bytes(xxgk::workbook_sheets(
      xxgk::summary_rows_from_json(records), result ? xxgk::table_sheets(*result) : std::vector<xxgk::Sheet>{})));
}

}  // namespace

EMSCRIPTEN_BINDINGS(xxgk_xlsx) { emscripten::function("workbook", &workbook_js); }
