#include "xlsx_writer.h"

#include <xlsxwriter.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace xxgk_xlsx {
namespace {

struct Formats {
  lxw_format* header;
  lxw_format* row_label;
  lxw_format* cell;
  lxw_format* percent;
};

Formats make_formats(lxw_workbook* wb) {
  Formats f{workbook_add_format(wb), workbook_add_format(wb), workbook_add_format(wb), workbook_add_format(wb)};
  format_set_bold(f.header);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  for (lxw_format* x : {f.header, f.row_label}) {
    format_set_align(x, LXW_ALIGN_VERTICAL_CENTER);
    format_set_text_wrap(x);
  }
  for (lxw_format* x : {f.header, f.row_label, f.cell, f.percent}) format_set_border(x, LXW_BORDER_THIN);
  format_set_num_format(f.percent, "0.00%");
  return f;
}

void write_cell(lxw_worksheet* ws, const xxgk::SheetCell& c, const Formats& f) {
  lxw_format* format = c.row_label ? f.row_label : c.header ? f.header : c.percent ? f.percent : f.cell;
  const auto row = static_cast<lxw_row_t>(c.row);
  const auto col = static_cast<lxw_col_t>(c.column);
  if (c.rowspan > 1 || c.colspan > 1) {
    // merge_range writes its text; a number is written into the merged range afterwards.
    worksheet_merge_range(ws, row, col, static_cast<lxw_row_t>(c.row + c.rowspan - 1),
                          static_cast<lxw_col_t>(c.column + c.colspan - 1), c.number ? "" : c.text.c_str(), format);
    if (c.number) worksheet_write_number(ws, row, col, *c.number, format);
    return;
  }
  if (c.number) worksheet_write_number(ws, row, col, *c.number, format);
  else if (!c.text.empty()) worksheet_write_string(ws, row, col, c.text.c_str(), format);
  else worksheet_write_blank(ws, row, col, format);
}

}  // namespace

bool write_workbook(const std::vector<xxgk::Sheet>& sheets, const std::string& path, std::string& error) {
  lxw_workbook* wb = workbook_new(path.c_str());
  if (!wb) {
    error = "无法创建 Excel 文件";
    return false;
  }
  const Formats f = make_formats(wb);
  for (const auto& sheet : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, sheet.name.c_str());
    if (!ws) continue;
    for (size_t c = 0; c < sheet.column_widths.size(); ++c)
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), sheet.column_widths[c], nullptr);
    if (sheet.frozen_rows > 0) worksheet_freeze_panes(ws, static_cast<lxw_row_t>(sheet.frozen_rows), 0);
    // Printed as the statutory form is: landscape, one page wide.
    worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    for (const auto& cell : sheet.cells) write_cell(ws, cell, f);
  }
  const lxw_error status = workbook_close(wb);
  if (status != LXW_NO_ERROR) {
    error = std::string("写入 Excel 文件失败（") + lxw_strerror(status) + "）";
    return false;
  }
  return true;
}

std::string workbook_bytes(const std::vector<xxgk::Sheet>& sheets) {
  std::error_code ec;
  std::string path = (std::filesystem::temp_directory_path(ec) / "xxgk-lint-XXXXXX").string();
  const int fd = mkstemp(path.data());
  if (fd < 0) return "";
  close(fd);
  std::string error;
  std::string bytes;
  if (write_workbook(sheets, path, error)) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    bytes = ss.str();
  }
  std::remove(path.c_str());
  return bytes;
}

}  // namespace xxgk_xlsx
