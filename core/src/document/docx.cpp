// .docx: the main part (found through _rels/.rels) of the zip, WordprocessingML → Document.
// Paragraphs are lines; w:tbl tables become DocTables with w:gridSpan/w:vMerge resolved; hidden
// runs (w:vanish), deleted text, field codes and mc:Fallback copies are left out.
#include <algorithm>
#include <cstdlib>
#include <vector>

#include "document/builder.h"
#include "document/messages.h"
#include "document/readers.h"
#include "document/text_decode.h"
#include "document/xml.h"
#include "document/zip.h"

namespace xxgk::doc {
namespace {

std::string_view local_name(std::string_view q) {
  const size_t c = q.find(':');
  return c == std::string_view::npos ? q : q.substr(c + 1);
}

// The main document part named by the package relationships, else Word's usual name.
std::string main_part_name(ZipArchive& zip) {
  if (auto rels = zip.read("_rels/.rels")) {
    XmlReader r(*rels);
    XmlEvent e;
    while (r.next(e)) {
      if (e.type != XmlEvent::Type::open || local_name(e.name) != "Relationship") continue;
      const std::string type = xml_attribute(e.attrs, "Type");
      if (type.size() >= 15 && type.compare(type.size() - 15, 15, "/officeDocument") == 0) {
        std::string target = xml_attribute(e.attrs, "Target");
        while (!target.empty() && target[0] == '/') target.erase(0, 1);
        if (zip.has(target)) return target;
      }
    }
  }
  return "word/document.xml";
}

struct RawCell {
  std::string text;
  int grid_span = 1;
  enum class Merge { none, restart, next } merge = Merge::none;
};

struct TableState {
  std::vector<std::vector<RawCell>> rows;
  std::vector<int> grid_before;
  bool in_cell = false;
};

// w:gridSpan and w:vMerge → cells with their slots and spans.
std::vector<GridCell> resolve_grid(const TableState& t) {
  std::vector<GridCell> cells;
  std::vector<int> owner;  // per grid column: the cell covering it in the row above, or -1
  for (size_t r = 0; r < t.rows.size(); ++r) {
    std::vector<int> next_owner;
    int col = r < t.grid_before.size() ? t.grid_before[r] : 0;
    for (const RawCell& raw : t.rows[r]) {
      const int span = std::max(1, std::min(raw.grid_span, 1000));
      if (next_owner.size() < static_cast<size_t>(col + span)) next_owner.resize(col + span, -1);
      const int above = static_cast<size_t>(col) < owner.size() ? owner[col] : -1;
      if (raw.merge == RawCell::Merge::next && above >= 0) {
        GridCell& c = cells[above];
        c.rowspan = static_cast<int>(r) - c.row + 1;
        if (!raw.text.empty()) c.text += "\n" + raw.text;
        for (int k = 0; k < span; ++k) next_owner[col + k] = above;
      } else {
        cells.push_back({static_cast<int>(r), col, 1, span, raw.text});
        for (int k = 0; k < span; ++k) next_owner[col + k] = static_cast<int>(cells.size()) - 1;
      }
      col += span;
    }
    owner = std::move(next_owner);
  }
  return cells;
}

// A nested table's text, for its enclosing cell: rows as lines, cells joined by spaces.
std::string flat_text(const TableState& t) {
  std::string out;
  for (const auto& row : t.rows) {
    std::string line;
    for (const auto& c : row)
      if (c.merge != RawCell::Merge::next) join_text(line, c.text);
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

class WordReader {
 public:
  WordReader(DocumentBuilder& out, const ReadLimits& limits) : out_(out), limits_(limits) {}

  ReadResult read(std::string_view xml) {
    XmlReader reader(xml);
    XmlEvent e;
    while (reader.next(e)) {
      if (e.type == XmlEvent::Type::text) on_text(e.text);
      else if (e.type == XmlEvent::Type::open) {
        if (!on_open(e)) return refuse(ReadStatus::too_large, msg::kTooDeep);
      } else {
        on_close(local_name(e.name), e.name);
      }
      if (out_.over_limit() || paragraph_.size() > limits_.max_text_bytes) return too_large("文档文字", limits_.max_text_bytes);
    }
    flush_paragraph();
    return {};
  }

 private:
  std::string& sink() {
    if (!tables_.empty() && tables_.back().in_cell && !tables_.back().rows.empty() && !tables_.back().rows.back().empty())
      return tables_.back().rows.back().back().text;
    return paragraph_;
  }

  void on_text(const std::string& text) {
    if (!in_text_ || skip_) return;
    if (run_hidden_) hidden_ += text;
    else (tables_.empty() ? paragraph_ : run_text_) += text;
  }

  bool on_open(const XmlEvent& e) {
    const std::string_view name = local_name(e.name);
    if (e.name == "mc:Fallback" || name == "delText" || name == "instrText") {
      if (!e.self_closing) ++skip_;
      return true;
    }
    if (skip_) return true;
    if (name == "t") in_text_ = !e.self_closing;
    else if (name == "r") { run_hidden_ = false; in_run_ = true; }
    else if (name == "rPr" && in_run_) in_run_props_ = true;
    else if (name == "vanish" && in_run_props_) {
      const std::string v = xml_attribute(e.attrs, "w:val", "true");
      run_hidden_ = !(v == "0" || v == "false" || v == "off");
    } else if (name == "tab" && in_run_ && !in_run_props_) add_break('\t');
    else if ((name == "br" || name == "cr") && in_run_) add_break('\n');
    else if (name == "noBreakHyphen" && in_run_) current() += '-';
    else if (name == "tbl") {
      if (tables_.empty()) flush_paragraph();
      if (tables_.size() >= limits_.max_nesting) return false;
      tables_.emplace_back();
    } else if (name == "tr" && !tables_.empty()) {
      tables_.back().rows.emplace_back();
      tables_.back().grid_before.push_back(0);
      tables_.back().in_cell = false;
    } else if (name == "gridBefore" && !tables_.empty() && !tables_.back().grid_before.empty()) {
      tables_.back().grid_before.back() = std::max(0, std::min(1000, std::atoi(xml_attribute(e.attrs, "w:val", "0").c_str())));
    } else if (name == "tc" && !tables_.empty() && !tables_.back().rows.empty()) {
      tables_.back().rows.back().emplace_back();
      tables_.back().in_cell = true;
    } else if (name == "gridSpan" && in_cell()) {
      cell().grid_span = std::atoi(xml_attribute(e.attrs, "w:val", "1").c_str());
    } else if (name == "vMerge" && in_cell()) {
      cell().merge = xml_attribute(e.attrs, "w:val", "continue") == "restart" ? RawCell::Merge::restart : RawCell::Merge::next;
    }
    return true;
  }

  void on_close(std::string_view name, std::string_view qname) {
    if (qname == "mc:Fallback" || name == "delText" || name == "instrText") {
      if (skip_) --skip_;
      return;
    }
    if (skip_) return;
    if (name == "t") in_text_ = false;
    else if (name == "rPr") in_run_props_ = false;
    else if (name == "r") {
      in_run_ = false;
      if (!run_text_.empty()) sink() += run_text_;
      run_text_.clear();
      if (!hidden_.empty()) {
        hidden_notes_.push_back(hidden_);
        hidden_.clear();
      }
      run_hidden_ = false;
    } else if (name == "p") {
      if (tables_.empty()) flush_paragraph();
      else if (in_cell()) cell().text += '\n';
    } else if (name == "tc" && !tables_.empty()) {
      tables_.back().in_cell = false;
    } else if (name == "tbl" && !tables_.empty()) {
      TableState done = std::move(tables_.back());
      tables_.pop_back();
      if (!tables_.empty()) {
        if (in_cell()) cell().text += "\n" + flat_text(done);
      } else {
        const size_t at = out_.size();
        out_.add_table(resolve_grid(done), DocTable::Origin::markup);
        note_hidden(at);
      }
    }
  }

  bool in_cell() const { return !tables_.empty() && tables_.back().in_cell && !tables_.back().rows.back().empty(); }
  RawCell& cell() { return tables_.back().rows.back().back(); }
  std::string& current() { return tables_.empty() ? paragraph_ : run_text_; }
  void add_break(char c) { current() += c; }

  void flush_paragraph() {
    const size_t at = out_.size();
    out_.append(paragraph_);
    out_.end_line();
    paragraph_.clear();
    note_hidden(at);
  }

  void note_hidden(size_t at) {
    for (const std::string& h : hidden_notes_) {
      size_t cut = std::min<size_t>(h.size(), 60);
      while (cut > 0 && cut < h.size() && (static_cast<unsigned char>(h[cut]) & 0xC0) == 0x80) --cut;
      const std::string quoted = h.substr(0, cut);
      out_.add_repair({ReadingRepair::Kind::hidden_text_dropped, at, at, "文档中的隐藏文字“" + quoted + "”未读入"});
    }
    hidden_notes_.clear();
  }

  DocumentBuilder& out_;
  const ReadLimits& limits_;
  std::vector<TableState> tables_;
  std::string paragraph_, run_text_, hidden_;
  std::vector<std::string> hidden_notes_;
  bool in_text_ = false, in_run_ = false, in_run_props_ = false, run_hidden_ = false;
  int skip_ = 0;
};

}  // namespace

ReadResult read_docx(std::string_view bytes, const ReadLimits& limits) {
  ZipArchive zip(bytes, limits);
  if (!zip.ok()) return zip.error();
  const std::string part = main_part_name(zip);
  if (!zip.ok()) return zip.error();
  auto xml = zip.read(part);
  if (!xml) return zip.ok() ? refuse(ReadStatus::damaged, msg::kDocxNoMainPart) : zip.error();
  DocumentBuilder out(SourceKind::docx, limits);
  ReadResult r = WordReader(out, limits).read(valid_utf8(*xml));
  if (!r.ok()) return r;
  if (!out.has_text()) return refuse(ReadStatus::empty, msg::kNoText);
  out.note_replacement_characters("Word 文档中的无效字符已替换为 �");
  r.document = out.take();
  r.document.encoding = "UTF-8";
  return r;
}

}  // namespace xxgk::doc
