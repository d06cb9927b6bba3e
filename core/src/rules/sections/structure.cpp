// section.missing, section.order, section.renamed, section.duplicate_number, section.empty
#include <set>

#include "read/section_titles.h"
#include "rules/rule.h"
#include "rules/sections/section_text.h"

namespace xxgk::rulebook {
namespace {

using namespace text;

// Sections 二–四 hold the tables: an empty one is table.missing's business.
bool holds_table(const Report& r, int number) {
  const FormatModel& m = r.format ? *r.format : format_for_year(r.meta.year.value_or(0));
  for (const auto& t : m.tables)
    if (t.section == number) return true;
  return false;
}

void check_missing(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  if (r.sections.empty()) {
    Span sp = r.text.span(0, std::min<size_t>(r.text.norm.size(), 1));
    c.emit(self, "未找到“" + heading(1) + "”至“" + heading(6) + "”六个法定部分的标题", sp);
    return;
  }
  std::vector<int> absent;
  for (int n = 1; n <= 6; ++n)
    if (!section(r, n)) absent.push_back(n);
  if (absent.size() >= 3) {  // a fragment or a broken extraction: one finding, not a list
    std::string names;
    for (int n : absent) names += (names.empty() ? "" : "、") + std::string("“") + heading(n) + "”";
    c.emit(self, "缺少" + std::to_string(absent.size()) + "个法定部分：" + names +
                                "（文本可能不完整，或标题未按“一、”至“六、”编号）",
                            r.sections.front().heading_span);
    return;
  }
  for (int n : absent) {
    // point at the section that should follow it (or the last one)
    const Section* next = nullptr;
    for (int k = n + 1; k <= 6 && !next; ++k) next = section(r, k);
    Span sp = next ? next->heading_span : r.sections.back().heading_span;
    c.emit(self, "缺少第" + std::string(cjk_numeral_name(n)) + "部分“" + heading(n) + "”", sp);
  }
}


void check_order(const RuleContext& c, const Rule& self) {
  int last = 0;
  for (const auto& s : c.report.sections) {
    if (s.number < last) {
      c.emit(self, "“" + heading(s.number) + "”出现在第" + cjk_numeral_name(last) +
                                  "部分之后，六个部分应按一至六的顺序排列",
                              s.heading_span);
    }
    last = std::max(last, s.number);
  }
}


void check_renamed(const RuleContext& c, const Rule& self) {
  for (const auto& s : c.report.sections) {
    if (known_title(s.title, s.number)) continue;
    c.emit(self, "第" + std::string(cjk_numeral_name(s.number)) + "部分标题为“" + s.title +
                                "”，法定标题为“" + statutory_title(s.number) + "”",
                            s.heading_span);
  }
}


bool inside_a_table(const Report& r, Span at) {
  for (const auto* table : {&r.active, &r.requests, &r.review})
    if (*table && (*table)->span.valid() && at.begin >= (*table)->span.begin && at.begin < (*table)->span.end) return true;
  return false;
}

void check_duplicate_number(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  if (r.sections.empty()) return;
  const U32& t = decoded(r.text);
  std::set<size_t> section_starts;
  for (const auto& s : r.sections) section_starts.insert(index_of(t, s.norm_begin));
  for (const auto& s : r.sections) {
    Body b = body(t, s);
    for (const auto& h : numbered_headings(t, b.b, b.e)) {
      if (!h.line_start || section_starts.count(h.b) || is_table_row_label(t, h.tb)) continue;
      if (inside_a_table(r, span(r.text, t, h.b, h.tb))) continue;  // a row label printed with a typo
      size_t le = h.le;
      while (le > h.tb && is_space(t[le - 1])) --le;
      if (le - h.tb > 40) le = h.tb + 40;
      const std::string line = utf8(t, h.b, le);
      c.emit(self, "第" + std::string(cjk_numeral_name(s.number)) + "部分“" + s.title + "”内又出现一级序号“" +
                                  line + "”，与六个部分的序号重复；下级标题宜用（一）（二）",
                              span(r.text, t, h.b, le));
    }
  }
}


void check_empty(const RuleContext& c, const Rule& self) {
  const U32& t = decoded(c.report.text);
  for (const auto& s : c.report.sections) {
    if (holds_table(c.report, s.number)) continue;  // the table rules speak for those
    if (has_content(t, body(t, s))) continue;
    c.emit(self, "第" + std::string(cjk_numeral_name(s.number)) + "部分“" + s.title +
                                "”没有内容；无事项可报告时也应写明“无”",
                            s.heading_span);
  }
}


}  // namespace

extern const Rule section_missing = {
    "section.missing", Severity::warning, "缺少法定的六个部分之一",
    "One of the six statutory sections (一、总体情况 … 六、其他需要报告的事项, with the title variants real reports "
    "use, headings at a line start or inline in one-line web dumps) is not found. Three or more missing give one "
    "finding (usually a broken extraction). Fix: add the section with its numbered statutory title.",
    __FILE__, check_missing};

extern const Rule section_order = {
    "section.order", Severity::warning, "六个部分顺序不对",
    "The sections are not in the order 一 to 六. Example: 六 printed before 五. Fix: reorder.", __FILE__, check_order};

extern const Rule section_renamed = {
    "section.renamed", Severity::warning, "部分标题与法定标题及常见写法都不同",
    "A section is numbered and placed where expected but titled beyond the known variants. Example: "
    "\"五、存在的主要问题及整改措施\" → statutory \"存在的主要问题及改进情况\". Known variants (e.g. "
    "\"因政府信息公开工作被申请行政复议和提起行政诉讼情况\") stay silent. Fix: use the statutory title.",
    __FILE__, check_renamed};

extern const Rule section_duplicate_number = {
    "section.duplicate_number", Severity::warning, "部分内又用一级序号（一、二、）作小标题，与六个部分的序号重复",
    "A line-start first-level number (\"一、\" … ) inside a section's body, which repeats the numbering of the six "
    "sections (seed 001: \"一、重点工作开展情况\" under \"一、总体情况\"). Table 三 row labels (\"一、本年新收…\", "
    "\"四、结转下年度继续办理\") are not counted. Fix: number sub-headings （一）（二）.",
    __FILE__, check_duplicate_number};

extern const Rule section_empty = {
    "section.empty", Severity::warning, "总体情况、存在的问题及改进情况或其他需要报告的事项没有内容",
    "A section that holds no table (一, 五, 六) has no content: only page furniture (附件, bullets, 标签, comment "
    "boxes) after the heading. \"无\" / \"暂无其他需要报告的事项\" counts as content. (The sections of the tables: "
    "see table.missing.) Fix: write the content, or \"无\" when there is nothing to report.",
    __FILE__, check_empty};

}  // namespace xxgk::rulebook
