#pragma once
// Writes the core's sheets (xxgk/sheets.h) as an .xlsx workbook with libxlsxwriter (Debian's
// libxlsxwriter-dev natively; built for wasm by scripts/build-xlsxwriter-wasm.sh). Outside core/
// because libxlsxwriter 1.1.4 writes only to a file.
#include <string>
#include <vector>

#include "xxgk/sheets.h"

namespace xxgk_xlsx {

// Writes the workbook to path; on failure returns false with a Chinese reason in error.
bool write_workbook(const std::vector<xxgk::Sheet>& sheets, const std::string& path, std::string& error);
// The workbook's bytes (written to a temporary file and read back); empty on failure.
std::string workbook_bytes(const std::vector<xxgk::Sheet>& sheets);

}  // namespace xxgk_xlsx
