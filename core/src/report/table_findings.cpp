#include "report/table_findings.h"

#include <algorithm>

namespace xxgk {
namespace {

struct TableCaption {
  const char* table;
  const char* name;                  // for messages
  std::vector<const char*> captions;  // caption or heading text left when the table is gone
};

const std::vector<TableCaption>& captions() {
  static const std::vector<TableCaption> list = {
      {"active", "表二（主动公开政府信息情况）", {"主动公开政府信息情况"}},
      {"requests", "表三（收到和处理政府信息公开申请情况）", {"收到和处理政府信息公开申请情况"}},
      {"review_litigation", "表四（政府信息公开行政复议、行政诉讼情况）",
       {"行政复议、行政诉讼情况", "行政复议和行政诉讼情况", "行政复议及行政诉讼情况", "行政复议和提起行政诉讼情况"}},
  };
  return list;
}

void report_missing_table(Report& report, const CompactText& compact, const TableCaption& caption) {
  Finding f;
  f.rule = "table.missing";
  f.severity = Severity::error;
  f.table = caption.table;
  size_t at = std::string::npos;
  size_t len = 0;
  for (const char* c : caption.captions) {
    const size_t p = compact.str().rfind(c);
    if (p != std::string::npos && (at == std::string::npos || p > at)) { at = p; len = std::string(c).size(); }
  }
  if (at != std::string::npos) {
    f.span = report.text.span(compact.to_norm(at), compact.to_norm(at + len));
    f.message = std::string("缺少") + caption.name + "：文本中只有标题，没有表格内容，表格很可能以图片形式发布，"
                "或复制时丢失；请以文字表格发布";
  } else {
    f.span = Span{0, 0};
    f.message = std::string("缺少") + caption.name + "：文本中既没有该表，也没有它的标题";
  }
  report.reading_findings.push_back(f);
}

void check_mixed_formats(Report& report) {
  if (!report.active_format || !report.requests || report.active_format == report.format) return;
  Finding f;
  f.rule = "table.format_mismatch";
  f.severity = Severity::error;
  f.table = "active";
  f.message = "表二使用的是" + report.active_format->notice + "的格式，表三使用的是" + report.format->notice +
              "的格式；同一份报告的表格应使用同一格式（2021年度起为国办公开办函〔2021〕30号）";
  f.span = report.active->span;
  report.reading_findings.push_back(f);
}

}  // namespace

void check_format_year(Report& report) {
  check_mixed_formats(report);
  if (!report.format || !report.meta.year) return;
  const int year = *report.meta.year;
  const FormatModel& f = *report.format;
  const bool too_old = f.last_year && year > f.last_year;
  const bool too_new = year < f.first_year;
  if (!too_old && !too_new) return;
  Finding finding;
  finding.rule = "table.format_mismatch";
  finding.severity = too_old ? Severity::error : Severity::warning;
  const FormatModel& expected = year >= format_2021().first_year ? format_2021() : format_2019();
  finding.message = std::to_string(year) + "年度报告应使用" + expected.notice + "规定的表格格式，但表格使用的是" +
                    f.notice + "的格式（" + (f.id == "2019" ? "如“本年新制作数量”“上一年项目数量”“第二十条第（九）项”"
                                                             : "如“本年制发件数”“本年处理决定数量”") +
                    "）";
  Span where;
  for (const auto* t : {&report.active, &report.requests})
    if (*t) where = cover(where, (*t)->span);
  finding.span = where;
  report.reading_findings.push_back(finding);
}

namespace {

const char* table_name(const std::string& id) {
  for (const auto& c : captions())
    if (id == c.table) return c.name;
  return "";
}

}  // namespace

// One cell.blank finding per table (a report that leaves every 法人 column blank would
// otherwise bury the other findings under a hundred identical lines).
void merge_blank_findings(std::vector<Finding>& findings) {
  std::vector<Finding> merged, out;
  for (auto& f : findings) {
    if (f.rule != "cell.blank") { out.push_back(std::move(f)); continue; }
    auto it = std::find_if(merged.begin(), merged.end(), [&](const Finding& m) { return m.table == f.table; });
    if (it == merged.end()) {
      merged.push_back(std::move(f));  // keeps the first cell's message, quoted below
    } else {
      it->cells.insert(it->cells.end(), f.cells.begin(), f.cells.end());
      it->span = cover(it->span, f.span);
    }
  }
  for (auto& m : merged) {
    if (m.cells.size() > 1) {
      m.message = std::string(table_name(m.table)) + "有 " + std::to_string(m.cells.size()) + " 个空白单元格（如" +
                  m.message.substr(0, m.message.find("为空白")) + "），按 0 计算；空白处应填写 0";
    }
    out.push_back(std::move(m));
  }
  findings = std::move(out);
}

void report_missing_tables(Report& report, const CompactText& compact) {
  const std::optional<Table>* tables[] = {&report.active, &report.requests, &report.review};
  for (size_t i = 0; i < 3; ++i)
    if (!*tables[i]) report_missing_table(report, compact, captions()[i]);
}

}  // namespace xxgk
