#include "output.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace xxgk_cli {
using ordered_json = nlohmann::ordered_json;

namespace {

ordered_json parse_result(const xxgk::Result& r) {
  // The contract writer is the single source of truth; a broken document becomes an empty object.
  return ordered_json::parse(xxgk::to_json(r, -1), nullptr, false);
}

ordered_json record_json(const Record& record) {
  ordered_json o = ordered_json::object();
  o["file"] = record.file;
  if (!record.result) {
    o["status"] = "unreadable";
    o["message"] = record.message;
    return o;
  }
  o["status"] = "ok";
  const ordered_json j = parse_result(*record.result);
  if (j.is_object())
    for (auto it = j.begin(); it != j.end(); ++it)
      if (!o.contains(it.key())) o[it.key()] = it.value();
  return o;
}

const ordered_json* at_path(const ordered_json& j, std::initializer_list<const char*> path) {
  const ordered_json* p = &j;
  for (const char* k : path) {
    if (!p->is_object()) return nullptr;
    auto it = p->find(k);
    if (it == p->end()) return nullptr;
    p = &*it;
  }
  return p;
}

std::string number_text(const ordered_json* v) {
  if (!v || v->is_null()) return "";
  if (v->is_number_integer() || v->is_number_unsigned()) return v->dump();
  if (v->is_number_float()) {
    const double d = v->get<double>();
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.0f", d);
      return buf;
    }
    return v->dump();
  }
  if (v->is_string()) return v->get<std::string>();
  return v->dump();
}

std::string cell_text(const ordered_json* v) {
  const std::string s = number_text(v);
  return s.empty() ? "-" : s;
}

std::string pad_right(const std::string& s, size_t width) {
  const size_t w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}
std::string pad_left(const std::string& s, size_t width) {
  const size_t w = display_width(s);
  return w >= width ? s : std::string(width - w, ' ') + s;
}

std::string string_or(const ordered_json* v, const std::string& dflt) {
  return v && v->is_string() ? v->get<std::string>() : dflt;
}

// "一" + "本年新收…" -> "一、本年新收…"; "(一)" -> "(一)予以公开"; "1" -> "1.属于国家秘密".
std::string numbered(const std::string& number, const std::string& label) {
  if (number.empty()) return label;
  const char last = number.back();
  if (last == ')' || (number.size() >= 3 && number.compare(number.size() - 3, 3, "）") == 0)) return number + label;
  if (last >= '0' && last <= '9') return number + "." + label;
  return number + "、" + label;
}

void text_meta(std::string& o, const std::string& file, const ordered_json& j, const xxgk::Result& r) {
  const ordered_json* meta = at_path(j, {"meta"});
  std::string line = file + "：";
  const std::string agency = string_or(meta ? at_path(*meta, {"agency"}) : nullptr, "（未识别机关）");
  line += agency;
  const ordered_json* year = meta ? at_path(*meta, {"year"}) : nullptr;
  line += year && year->is_number() ? " · " + year->dump() + "年度" : " · （未识别年度）";
  const ordered_json* fmt = meta ? at_path(*meta, {"format"}) : nullptr;
  if (fmt && fmt->is_string()) {
    line += " · " + fmt->get<std::string>() + "年格式";
    if (r.report.format && !r.report.format->notice.empty()) line += "（" + r.report.format->notice + "）";
  } else {
    line += " · 未找到统计表格";
  }
  const ordered_json* script = meta ? at_path(*meta, {"script"}) : nullptr;
  if (script && script->is_string()) line += script->get<std::string>() == "traditional" ? " · 繁体" : " · 简体";
  o += line + "\n";
}

void text_active(std::string& o, const ordered_json& tables, const xxgk::FormatModel* fm) {
  const ordered_json* active = at_path(tables, {"active"});
  if (!active || !active->is_object()) {
    o += "  表二 主动公开：无\n";
    return;
  }
  o += "  表二 主动公开\n";
  for (auto b = active->begin(); b != active->end(); ++b) {
    std::string line = "    ";
    const xxgk::ActiveBlock* block = nullptr;
    if (fm)
      for (const auto& ab : fm->active)
        if (ab.key == b.key()) block = &ab;
    line += pad_right(block ? "第二十条第（" + block->item + "）项" : b.key(), 20);
    bool first = true;
    if (b.value().is_object()) {
      for (auto rr = b.value().begin(); rr != b.value().end(); ++rr) {
        std::string label = rr.key();
        if (block)
          for (const auto& rs : block->rows)
            if (rs.key == rr.key() && !rs.labels.empty()) label = rs.labels[0];
        line += first ? "" : " | ";
        first = false;
        line += label + "：";
        if (rr.value().is_array()) {
          for (size_t k = 0; k < rr.value().size(); ++k) line += (k ? " " : "") + cell_text(&rr.value()[k]);
        } else {
          line += cell_text(&rr.value());
        }
      }
    }
    o += line + "\n";
  }
}

void text_requests(std::string& o, const ordered_json& tables, const xxgk::FormatModel* fm) {
  const ordered_json* req = at_path(tables, {"requests"});
  const ordered_json* rows = req ? at_path(*req, {"rows"}) : nullptr;
  if (!rows || !rows->is_object()) {
    o += "  表三 依申请公开：无\n";
    return;
  }
  std::string header = "  表三 依申请公开（";
  if (fm && !fm->request_columns.empty()) {
    for (size_t k = 0; k < fm->request_columns.size(); ++k)
      header += (k ? " " : "") + fm->request_columns[k].label;
  } else {
    header += "自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计";
  }
  o += header + "）\n";
  std::vector<std::pair<std::string, const ordered_json*>> lines;
  size_t width = 0;
  auto label_of = [&](const std::string& key) {
    if (fm)
      if (const xxgk::RowSpec* rs = fm->request_row(key))
        return numbered(rs->number, rs->labels.empty() ? key : rs->labels[0]);
    return key;
  };
  if (fm) {
    for (const auto& rs : fm->request_rows) {
      std::string label = label_of(rs.key);
      if (!rs.data) {
        lines.emplace_back(label, nullptr);
        continue;
      }
      auto it = rows->find(rs.key);
      lines.emplace_back("  " + label, it == rows->end() ? nullptr : &*it);
      width = std::max(width, std::min<size_t>(display_width(lines.back().first), 44));
    }
  } else {
    for (auto it = rows->begin(); it != rows->end(); ++it) {
      lines.emplace_back(it.key(), &it.value());
      width = std::max(width, display_width(it.key()));
    }
  }
  for (const auto& [label, cells] : lines) {
    std::string line = "    " + (cells ? pad_right(label, width) : label);
    if (cells && cells->is_array())
      for (const auto& c : *cells) line += pad_left(cell_text(&c), 7);
    else if (cells)
      line += "  " + cell_text(cells);
    o += line + "\n";
  }
}

void text_review(std::string& o, const ordered_json& tables, const xxgk::FormatModel* fm) {
  const ordered_json* rv = at_path(tables, {"review_litigation"});
  if (!rv || !rv->is_object()) {
    o += "  表四 行政复议、行政诉讼：无\n";
    return;
  }
  std::string header = "  表四 行政复议、行政诉讼";
  if (fm && !fm->review_columns.empty()) {
    header += "（";
    for (size_t k = 0; k < fm->review_columns.size(); ++k) header += (k ? " " : "") + fm->review_columns[k].label;
    header += "）";
  }
  o += header + "\n";
  for (auto g = rv->begin(); g != rv->end(); ++g) {
    std::string label = g.key();
    if (fm)
      for (const auto& gs : fm->review_groups)
        if (gs.key == g.key()) label = gs.label;
    std::string line = "    " + pad_right(label, 24);
    if (g.value().is_object()) {
      if (fm && !fm->review_columns.empty()) {
        for (const auto& c : fm->review_columns) {
          auto it = g.value().find(c.key);
          line += pad_left(cell_text(it == g.value().end() ? nullptr : &*it), 7);
        }
      } else {
        for (auto c = g.value().begin(); c != g.value().end(); ++c) line += pad_left(cell_text(&c.value()), 7);
      }
    } else {
      line += "  -";
    }
    o += line + "\n";
  }
}

const char* severity_zh(xxgk::Severity s) {
  switch (s) {
    case xxgk::Severity::error: return "error";
    case xxgk::Severity::warning: return "warning";
    default: return "info";
  }
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

std::string format_json_record(const Record& record) {
  return record_json(record).dump(1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string format_jsonl(const Record& record) {
  return record_json(record).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

std::string csv_header() {
  return "file,agency,year,format,errors,warnings,本年新收总计,结转下年度总计,行政复议总计,first_error,status,message\r\n";
}

std::string format_csv(const Record& record) {
  const std::string tail = std::string(record.result ? "ok" : "unreadable") + "," + csv_field(record.message) + "\r\n";
  if (!record.result) return csv_field(record.file) + ",,,,,,,,,," + tail;
  const xxgk::Result& r = *record.result;
  const ordered_json j = parse_result(r);
  size_t errors = 0, warnings = 0;
  std::string first_error;
  for (const auto& f : r.findings) {
    if (f.severity == xxgk::Severity::error) {
      if (errors++ == 0) first_error = f.message + " [" + f.rule + "]";
    } else if (f.severity == xxgk::Severity::warning) {
      ++warnings;
    }
  }
  auto row_total = [&](const char* row) -> std::string {
    const ordered_json* v = at_path(j, {"tables", "requests", "rows", row});
    if (!v || !v->is_array() || v->size() < 7) return "";
    return number_text(&(*v)[6]);
  };
  const ordered_json* review = at_path(j, {"tables", "review_litigation", "review", "total"});
  std::string o;
  o += csv_field(record.file) + ",";
  o += csv_field(number_text(at_path(j, {"meta", "agency"}))) + ",";
  o += number_text(at_path(j, {"meta", "year"})) + ",";
  o += csv_field(number_text(at_path(j, {"meta", "format"}))) + ",";
  o += std::to_string(errors) + "," + std::to_string(warnings) + ",";
  o += row_total("new_received") + "," + row_total("carried_forward") + ",";
  o += number_text(review) + ",";
  o += csv_field(first_error) + "," + tail;
  return o;
}

std::string format_text(const Record& record, bool quiet) {
  if (!record.result) return "";
  const std::string& file = record.file;
  const xxgk::Result& r = *record.result;
  std::string o;
  if (!quiet) {
    const ordered_json j = parse_result(r);
    text_meta(o, file, j, r);
    if (const ordered_json* tables = at_path(j, {"tables"})) {
      text_active(o, *tables, r.report.active ? r.report.active->format : nullptr);
      text_requests(o, *tables, r.report.format);
      text_review(o, *tables, r.report.format);
    }
  }
  size_t errors = 0, warnings = 0, infos = 0;
  for (const auto& f : r.findings) {
    if (f.severity == xxgk::Severity::error) ++errors;
    else if (f.severity == xxgk::Severity::warning) ++warnings;
    else ++infos;
    if (quiet && f.severity == xxgk::Severity::info) continue;
    std::string loc = file;
    if (f.span.valid()) {
      const auto [line, col] = r.report.text.line_col(f.span.begin);
      loc += ":" + std::to_string(line) + ":" + std::to_string(col);
    }
    o += loc + ": " + severity_zh(f.severity) + ": " + f.message + " [" + f.rule + "]\n";
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

}  // namespace xxgk_cli
