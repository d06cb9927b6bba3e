#include "docx.h"

#include <vector>

#include "decode.h"
#include "html.h"
#include "zip.h"

namespace xxgk_cli {
namespace {

struct CellBuf {
  std::string text;
  bool continuation = false;  // <w:vMerge/> without val="restart"
};
struct TableState {
  std::vector<CellBuf> row;
  bool in_cell = false;
};

void trim(std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t')) --e;
  s = s.substr(b, e - b);
}

std::string_view local_name(std::string_view q) {
  const size_t c = q.find(':');
  return c == std::string_view::npos ? q : q.substr(c + 1);
}

// Value of attribute `attr` (qualified, e.g. "w:val") in the tag body, or empty.
std::string_view attribute(std::string_view tag, std::string_view attr) {
  size_t p = 0;
  while ((p = tag.find(attr, p)) != std::string_view::npos) {
    const size_t after = p + attr.size();
    const bool boundary = p > 0 && (tag[p - 1] == ' ' || tag[p - 1] == '\t' || tag[p - 1] == '\n');
    if (boundary && after < tag.size() && tag[after] == '=' && after + 1 < tag.size()) {
      const char q = tag[after + 1];
      const size_t end = tag.find(q, after + 2);
      if (end == std::string_view::npos) return {};
      return tag.substr(after + 2, end - after - 2);
    }
    p = after;
  }
  return {};
}

}  // namespace

std::string wordml_to_text(std::string_view x) {
  std::string out;
  out.reserve(x.size() / 4);
  std::vector<TableState> tables;
  bool in_t = false;       // inside <w:t>: its character data is text
  int skip = 0;            // inside mc:Fallback, w:delText, w:instrText: ignored

  auto sink = [&]() -> std::string& {
    if (!tables.empty() && tables.back().in_cell && !tables.back().row.empty()) return tables.back().row.back().text;
    return out;
  };
  auto soft_break = [&](char in_text) {  // a break: '\n' or '\t' in running text, a space in a cell
    std::string& s = sink();
    if (&s != &out) {
      if (!s.empty() && s.back() != ' ') s += ' ';
    } else {
      s += in_text;
    }
  };

  size_t i = 0;
  const size_t n = x.size();
  while (i < n) {
    if (x[i] != '<') {
      const size_t next = x.find('<', i);
      const size_t end = next == std::string_view::npos ? n : next;
      if (in_t && !skip) {
        std::string& s = sink();
        for (size_t k = i; k < end;) {
          if (x[k] == '&') {
            const size_t used = decode_entity(x, k, s);
            if (used) { k += used; continue; }
          }
          s += x[k++];
        }
      }
      i = end;
      continue;
    }
    if (x.compare(i, 4, "<!--") == 0) {
      const size_t e = x.find("-->", i + 4);
      i = e == std::string_view::npos ? n : e + 3;
      continue;
    }
    const size_t close = x.find('>', i);
    if (close == std::string_view::npos) break;
    std::string_view tag = x.substr(i + 1, close - i - 1);
    i = close + 1;
    if (tag.empty() || tag[0] == '?' || tag[0] == '!') continue;
    const bool closing = tag[0] == '/';
    const bool self_closing = tag.back() == '/';
    if (closing) tag.remove_prefix(1);
    size_t name_end = 0;
    while (name_end < tag.size() && tag[name_end] != ' ' && tag[name_end] != '/' && tag[name_end] != '\t' &&
           tag[name_end] != '\n' && tag[name_end] != '\r')
      ++name_end;
    const std::string_view qname = tag.substr(0, name_end);
    const std::string_view name = local_name(qname);

    if (qname == "mc:Fallback" || name == "delText" || name == "instrText") {
      if (self_closing) continue;
      skip += closing ? -1 : 1;
      if (skip < 0) skip = 0;
      continue;
    }
    if (skip) continue;

    if (name == "t") {
      in_t = !closing && !self_closing;
    } else if (name == "tab" && !closing) {
      if (qname != "w:tab" || tag.find("w:pos") == std::string_view::npos) soft_break('\t');  // not a tab stop
    } else if ((name == "br" || name == "cr") && !closing) {
      soft_break('\n');
    } else if (name == "noBreakHyphen" && !closing) {
      sink() += '-';
    } else if (name == "p" && (closing || self_closing)) {
      soft_break('\n');
    } else if (name == "tbl") {
      if (!closing && !self_closing) {
        if (!out.empty() && out.back() != '\n') out += '\n';
        tables.emplace_back();
      } else if (closing && !tables.empty()) {
        tables.pop_back();
      }
    } else if (name == "tr" && !tables.empty()) {
      if (!closing && !self_closing) {
        tables.back().row.clear();
        tables.back().in_cell = false;
      } else if (closing) {
        std::string line;
        bool first = true;
        for (auto& c : tables.back().row) {
          if (c.continuation) continue;
          trim(c.text);
          if (!first) line += tables.size() > 1 ? ' ' : '\t';
          line += c.text;
          first = false;
        }
        tables.back().row.clear();
        if (tables.size() > 1) {
          // A nested table: its rows go into the enclosing cell.
          TableState& parent = tables[tables.size() - 2];
          if (parent.in_cell && !parent.row.empty()) {
            std::string& s = parent.row.back().text;
            if (!s.empty() && s.back() != ' ') s += ' ';
            s += line;
          }
        } else {
          out += line;
          out += '\n';
        }
      }
    } else if (name == "tc" && !tables.empty()) {
      if (!closing && !self_closing) {
        tables.back().row.emplace_back();
        tables.back().in_cell = true;
      } else if (closing) {
        tables.back().in_cell = false;
      }
    } else if (name == "vMerge" && !closing && !tables.empty() && !tables.back().row.empty()) {
      tables.back().row.back().continuation = attribute(tag, "w:val") != "restart";
    }
  }
  // Trailing spaces per line; at most one blank line.
  std::string clean;
  clean.reserve(out.size());
  size_t start = 0;
  int blank = 0;
  while (start < out.size()) {
    size_t e = out.find('\n', start);
    if (e == std::string::npos) e = out.size();
    std::string line = out.substr(start, e - start);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (line.empty()) {
      if (++blank == 1 && !clean.empty()) clean += '\n';
    } else {
      blank = 0;
      clean += line;
      clean += '\n';
    }
    start = e + 1;
  }
  return clean;
}

DocxText docx_to_text(std::string_view bytes) {
  DocxText r;
  if (bytes.empty()) {
    r.error = "文件为空";
    return r;
  }
  ZipEntry e = zip_read(bytes, "word/document.xml");
  if (!e.ok) {
    r.error = "不是有效的 .docx 文件：" + e.error;
    return r;
  }
  std::string fixed;
  if (repair_utf8(e.data, &fixed) > 0) e.data = std::move(fixed);
  r.text = wordml_to_text(e.data);
  if (r.text.find_first_not_of(" \t\n") == std::string::npos) {
    r.error = "文档没有文字内容";
    return r;
  }
  r.ok = true;
  return r;
}

}  // namespace xxgk_cli
