#include "output.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "xxgk/summary.h"

namespace xxgk_cli {

namespace {

// An input that could not be read: "file", "status", "message" and its "sha256" when it has one.
std::string unreadable_json(const Record& record, int indent) {
  nlohmann::ordered_json o = nlohmann::ordered_json::object();
  o["file"] = record.file;
  o["status"] = "unreadable";
  o["message"] = record.message;
  if (!record.sha256.empty()) o["sha256"] = record.sha256;
  return o.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The record's own fields, then the contract result's. `indent` as to_json's (-1 compact, 1 one
// space a level).
std::string record_json(const Record& record, int indent) {
  if (!record.result) return unreadable_json(record, indent);
  xxgk::JsonLead lead{{"file", record.file}, {"status", "ok"}};
  if (!record.sha256.empty()) lead.emplace_back("sha256", record.sha256);
  if (!record.previous_file.empty()) lead.emplace_back("previous_file", record.previous_file);
  return xxgk::to_json(*record.result, indent, lead);
}

std::string number_text(std::optional<double> v) {
  return v ? xxgk::summary_text(xxgk::SummaryValue{{}, v, false}) : std::string();
}

// "-" for a blank or unread cell; "?" after a number whose column is a guess (placed by order).
std::string cell_text(const xxgk::Cell* c) {
  const std::string s = c ? number_text(c->value) : std::string();
  if (s.empty()) return c && c->column_guessed ? "?" : "-";
  return c->column_guessed ? s + "?" : s;
}

std::string pad_right(const std::string& s, size_t width) {
  const size_t w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}
std::string pad_left(const std::string& s, size_t width) {
  const size_t w = display_width(s);
  return w >= width ? s : std::string(width - w, ' ') + s;
}

// The model a table is printed by: its own, else the report's, else the year's.
const xxgk::FormatModel& model_of(const xxgk::Report& r, const xxgk::Table* t) {
  if (t && t->format) return *t->format;
  if (r.format) return *r.format;
  return xxgk::format_for_year(r.meta.year.value_or(0));
}

// "表三 收到和处理政府信息公开申请情况".
std::string table_heading(const xxgk::FormatModel& m, const std::string& id) {
  const xxgk::TableSpec& spec = m.table(id);
  return spec.short_name + " " + spec.name;
}

std::string column_labels(const std::vector<xxgk::ColumnSpec>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : " ") + c.label;
  return out;
}

void text_meta(std::string& o, const std::string& file, const xxgk::Report& r) {
  const xxgk::Meta& meta = r.meta;
  std::string line = file + "：" + meta.agency.value_or("（未识别机关）");
  line += meta.year ? " · " + std::to_string(*meta.year) + "年度" : " · （未识别年度）";
  if (meta.format) {
    line += " · " + *meta.format + "年格式";
    if (r.format && !r.format->notice.empty()) line += "（" + r.format->notice + "）";
  } else {
    line += " · 未找到统计表格";
  }
  if (meta.script) line += *meta.script == "traditional" ? " · 繁体" : " · 简体";
  o += line + "\n";
}

void text_active(std::string& o, const xxgk::Report& r) {
  const xxgk::Table* t = r.table("active");
  const xxgk::FormatModel& m = model_of(r, t);
  if (!t) {
    o += "  " + table_heading(m, "active") + "：无\n";
    return;
  }
  o += "  " + table_heading(m, "active") + "\n";
  for (const auto& block : m.active) {
    std::string line = "    " + pad_right(block.display_caption(), 20);
    bool first = true;
    for (const auto& spec : block.rows) {
      line += first ? "" : " | ";
      first = false;
      line += spec.label() + "：";
      const xxgk::Row* row = t->row(block.key + "." + spec.key);
      for (size_t k = 0; k < block.columns.size(); ++k)
        line += (k ? " " : "") + cell_text(row && k < row->cells.size() ? &row->cells[k] : nullptr);
    }
    o += line + "\n";
  }
}

void text_requests(std::string& o, const xxgk::Report& r) {
  const xxgk::Table* t = r.table("requests");
  const xxgk::FormatModel& m = model_of(r, t);
  if (!t) {
    o += "  " + table_heading(m, "requests") + "：无\n";
    return;
  }
  o += "  " + table_heading(m, "requests") + "（" + column_labels(m.request_columns) + "）\n";
  size_t width = 0;
  for (const auto& spec : m.request_rows)
    if (spec.data) width = std::max(width, std::min<size_t>(display_width("  " + spec.display()), 44));
  for (const auto& spec : m.request_rows) {
    if (!spec.data) {
      o += "    " + spec.display() + "\n";
      continue;
    }
    std::string line = "    " + pad_right("  " + spec.display(), width);
    const xxgk::Row* row = t->row(spec.key);
    for (size_t k = 0; k < m.request_columns.size(); ++k)
      line += pad_left(cell_text(row && row->found && k < row->cells.size() ? &row->cells[k] : nullptr), 7);
    o += line + "\n";
  }
}

void text_review(std::string& o, const xxgk::Report& r) {
  const xxgk::Table* t = r.table("review_litigation");
  const xxgk::FormatModel& m = model_of(r, t);
  if (!t) {
    o += "  " + table_heading(m, "review_litigation") + "：无\n";
    return;
  }
  o += "  " + table_heading(m, "review_litigation") + "（" + column_labels(m.review_columns) + "）\n";
  for (const auto& group : m.review_groups) {
    std::string line = "    " + pad_right(group.label, 24);
    const xxgk::Row* row = t->row(group.key);
    for (size_t k = 0; k < m.review_columns.size(); ++k)
      line += pad_left(cell_text(row && row->found && k < row->cells.size() ? &row->cells[k] : nullptr), 7);
    o += line + "\n";
  }
}

// One line per table: cells read of those the format has, and the checks that could not be done,
// grouped by rule ("requests.balance：自然人列、总计列").
void text_coverage(std::string& o, const xxgk::Report& r) {
  for (const auto& c : r.coverage) {
    const xxgk::FormatModel& m = model_of(r, r.table(c.table));
    std::string line = "  " + m.table(c.table).short_name + " " + std::to_string(c.cells_expected) + " 格中 " +
                       std::to_string(c.cells_read) + " 格已读出";
    if (!c.columns_guessed.empty())
      line += "（另有 " + std::to_string(c.columns_guessed.size()) + " 格标“?”：数字按勾稽关系依次放置，所在列未能确定）";
    if (!c.unchecked.empty()) {
      std::vector<std::pair<std::string, std::string>> by_rule;  // in the order first met
      for (const auto& u : c.unchecked) {
        auto it = std::find_if(by_rule.begin(), by_rule.end(), [&](const auto& p) { return p.first == u.rule; });
        if (it == by_rule.end()) by_rule.push_back({u.rule, u.where});
        else it->second += "、" + u.where;
      }
      line += "；以下核对未能进行：";
      for (size_t i = 0; i < by_rule.size(); ++i) line += (i ? "；" : "") + by_rule[i].first + "（" + by_rule[i].second + "）";
    }
    o += line + "\n";
  }
}

// The indicators: "实质公开率 47.97%（71/148）", "—（分母为 0）", "较上年 -10.46%".
void text_metrics(std::string& o, const xxgk::Result& r) {
  std::string line;
  for (const auto& m : r.metrics) {
    if (m.spec->table.empty() && !m.denominator) continue;  // text_reuse without last year's report
    std::string v;
    if (m.value) v = xxgk::summary_text({{}, m.value, true}) + "（" + number_text(m.numerator) + "/" + number_text(m.denominator) + "）";
    else if (m.denominator && *m.denominator == 0) v = "—（分母为 0）";
    else v = "—（未读出）";
    if (m.change) v += " 较上年 " + xxgk::summary_text({{}, m.change, true});
    line += (line.empty() ? "" : "；") + m.spec->name + " " + v;
  }
  o += "  指标：" + line + "\n";
}

}  // namespace

size_t display_width(const std::string& s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    size_t n;
    if (c < 0x80) { cp = c; n = 1; }
    else if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; n = 2; }
    else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; n = 3; }
    else { cp = c & 0x07; n = 4; }
    for (size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    i += n;
    const bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    w += wide ? 2 : 1;
  }
  return w;
}

bool has_error(const xxgk::Result& r) {
  for (const auto& f : r.findings)
    if (f.severity == xxgk::Severity::error) return true;
  return false;
}

std::string format_json(const xxgk::Result& r) { return xxgk::to_json(r) + "\n"; }

std::string format_json_record(const Record& record) { return record_json(record, 1); }

std::string format_jsonl(const Record& record) { return record_json(record, -1) + "\n"; }

std::string csv_header() { return xxgk::summary_csv_header(); }

std::string format_csv(const Record& record) {
  return xxgk::summary_csv_row(xxgk::summary_row(record));
}

std::string format_text(const Record& record, bool quiet) {
  if (!record.result) return "";
  const std::string& file = record.file;
  const xxgk::Result& r = *record.result;
  std::string o;
  if (!quiet) {
    text_meta(o, file, r.report);
    if (!record.previous_file.empty()) o += "  上一年度报告：" + record.previous_file + "\n";
    text_active(o, r.report);
    text_requests(o, r.report);
    text_review(o, r.report);
    text_coverage(o, r.report);
    text_metrics(o, r);
  }
  size_t errors = 0, warnings = 0, infos = 0;
  for (const auto& f : r.findings) {
    if (f.severity == xxgk::Severity::error) ++errors;
    else if (f.severity == xxgk::Severity::warning) ++warnings;
    else ++infos;
    if (quiet && f.severity == xxgk::Severity::info) continue;
    o += finding_line(file, r.report, f);
  }
  if (!quiet) {
    if (errors + warnings + infos == 0)
      o += file + "：没有发现问题\n";
    else
      o += file + "：" + std::to_string(errors) + " 个错误，" + std::to_string(warnings) + " 个警告，" +
           std::to_string(infos) + " 条提示\n";
    o += "\n";
  }
  return o;
}

std::string finding_line(const std::string& file, const xxgk::Report& report, const xxgk::Finding& f) {
  std::string loc = file;
  if (f.span.valid()) {
    const auto [line, col] = report.text.line_col(f.span.begin);
    loc += ":" + std::to_string(line) + ":" + std::to_string(col);
  }
  return loc + ": " + xxgk::severity_name(f.severity) + ": " + f.message + " [" + f.rule + "]\n";
}

}  // namespace xxgk_cli
