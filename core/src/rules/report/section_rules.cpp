// section.missing, section.order, section.renamed, section.duplicate_number, section.empty,
// section.fee_statement, section.improvements, section.fee_notices
#include <set>

#include "rules/report/families.h"
#include "rules/report/section_titles.h"

namespace xxgk {
namespace {

using namespace rpt;

const char* kMissing = "section.missing";
const char* kOrder = "section.order";
const char* kRenamed = "section.renamed";
const char* kDup = "section.duplicate_number";
const char* kEmpty = "section.empty";
const char* kFee = "section.fee_statement";
const char* kImprove = "section.improvements";
const char* kFeeNotices = "section.fee_notices";

std::string heading(int n) { return std::string(cjk_numeral_name(n)) + "、" + statutory_title(n); }

const Section* section(const Report& r, int n) {
  for (const auto& s : r.sections)
    if (s.number == n) return &s;
  return nullptr;
}

bool is_2021(const Report& r) { return r.format ? r.format->id == "2021" : r.meta.format == std::string("2021"); }

struct Body { size_t b, e; };
Body body(const U32& t, const Section& s) { return {index_of(t, s.body_begin), index_of(t, s.norm_end)}; }

bool contains_any(const U32& t, Body b, std::initializer_list<const char32_t*> words) {
  for (const char32_t* w : words)
    if (find(t, w, b.b, b.e) != std::u32string::npos) return true;
  return false;
}

// Page furniture that is not content: bullets, 附件, 标签, 验证码, comment boxes.
bool has_content(const U32& t, Body b) {
  size_t i = b.b;
  while (i < b.e) {
    size_t le = i;
    while (le < b.e && t[le] != U'\n') ++le;
    size_t lb = i;
    while (lb < le && (is_space(t[lb]) || t[lb] == U'\t')) ++lb;
    bool bullet = lb < le && (t[lb] == U'•' || t[lb] == U'·' || t[lb] == U'*' || t[lb] == U'-' || t[lb] == U'!' ||
                              t[lb] == U'[');
    if (!bullet) {
      int cjk = 0;
      for (size_t k = lb; k < le; ++k) cjk += is_cjk(t[k]);
      Body line{lb, le};
      bool sentence = cjk >= 6 && contains_any(t, line, {U"。", U";", U"!"});
      bool nothing = cjk >= 1 && cjk <= 40 && contains_any(t, line, {U"无", U"未", U"没有", U"不涉及"});
      if (sentence || nothing) return true;
    }
    i = le + 1;
  }
  return false;
}

void missing(const RuleContext& c) {
  const Report& r = c.report;
  if (r.sections.empty()) {
    Span sp = r.text.span(0, std::min<size_t>(r.text.norm.size(), 1));
    c.out.push_back(finding(kMissing, Severity::warning,
                            "未找到“一、总体情况”至“六、其他需要报告的事项”六个法定部分的标题", sp));
    return;
  }
  std::vector<int> absent;
  for (int n = 1; n <= 6; ++n)
    if (!section(r, n)) absent.push_back(n);
  if (absent.size() >= 3) {  // a fragment or a broken extraction: one finding, not a list
    std::string names;
    for (int n : absent) names += (names.empty() ? "" : "、") + std::string("“") + heading(n) + "”";
    c.out.push_back(finding(kMissing, Severity::warning,
                            "缺少" + std::to_string(absent.size()) + "个法定部分：" + names +
                                "（文本可能不完整，或标题未按“一、”至“六、”编号）",
                            r.sections.front().heading_span));
    return;
  }
  for (int n : absent) {
    // point at the section that should follow it (or the last one)
    const Section* next = nullptr;
    for (int k = n + 1; k <= 6 && !next; ++k) next = section(r, k);
    Span sp = next ? next->heading_span : r.sections.back().heading_span;
    c.out.push_back(finding(kMissing, Severity::warning,
                            "缺少第" + std::string(cjk_numeral_name(n)) + "部分“" + heading(n) + "”", sp));
  }
}

void order(const RuleContext& c) {
  int last = 0;
  for (const auto& s : c.report.sections) {
    if (s.number < last) {
      c.out.push_back(finding(kOrder, Severity::warning,
                              "“" + heading(s.number) + "”出现在第" + cjk_numeral_name(last) +
                                  "部分之后，六个部分应按一至六的顺序排列",
                              s.heading_span));
    }
    last = std::max(last, s.number);
  }
}

void renamed(const RuleContext& c) {
  for (const auto& s : c.report.sections) {
    if (known_title(s.title, s.number)) continue;
    c.out.push_back(finding(kRenamed, Severity::warning,
                            "第" + std::string(cjk_numeral_name(s.number)) + "部分标题为“" + s.title +
                                "”，法定标题为“" + statutory_title(s.number) + "”",
                            s.heading_span));
  }
}

void duplicate_number(const RuleContext& c) {
  const Report& r = c.report;
  if (r.sections.empty()) return;
  const U32& t = decoded(r.text);
  std::set<size_t> section_starts;
  for (const auto& s : r.sections) section_starts.insert(index_of(t, s.norm_begin));
  for (const auto& s : r.sections) {
    Body b = body(t, s);
    for (const auto& h : numbered_headings(t, b.b, b.e)) {
      if (!h.line_start || section_starts.count(h.b) || is_table_row_label(t, h.tb)) continue;
      size_t le = h.le;
      while (le > h.tb && is_space(t[le - 1])) --le;
      if (le - h.tb > 40) le = h.tb + 40;
      std::string text = utf8(std::u32string_view(t.s).substr(h.b, le - h.b));
      c.out.push_back(finding(kDup, Severity::warning,
                              "第" + std::string(cjk_numeral_name(s.number)) + "部分“" + s.title + "”内又出现一级序号“" +
                                  text + "”，与六个部分的序号重复；下级标题宜用（一）（二）",
                              span(r.text, t, h.b, le)));
    }
  }
}

void empty(const RuleContext& c) {
  const U32& t = decoded(c.report.text);
  for (const auto& s : c.report.sections) {
    if (s.number != 1 && s.number != 5 && s.number != 6) continue;  // 二–四: the table rules
    if (has_content(t, body(t, s))) continue;
    c.out.push_back(finding(kEmpty, Severity::warning,
                            "第" + std::string(cjk_numeral_name(s.number)) + "部分“" + s.title +
                                "”没有内容；无事项可报告时也应写明“无”",
                            s.heading_span));
  }
}

void fee_statement(const RuleContext& c) {
  if (!is_2021(c.report)) return;
  const Section* s = section(c.report, 6);
  if (!s) return;
  const U32& t = decoded(c.report.text);
  Body b = body(t, *s);
  if (!has_content(t, b)) return;  // section.empty says it
  if (contains_any(t, b, {U"信息处理费", U"处理费", U"收费", U"收取费用", U"费用"})) return;
  c.out.push_back(finding(kFee, Severity::warning,
                          "2021年格式要求第六部分报告信息处理费的收取情况（发出收费通知的件数和总金额、实际收取的总金额），"
                          "未找到相关内容",
                          s->heading_span));
}

void improvements(const RuleContext& c) {
  if (!is_2021(c.report)) return;
  const Section* s = section(c.report, 5);
  if (!s) return;
  const U32& t = decoded(c.report.text);
  Body b = body(t, *s);
  if (!has_content(t, b)) return;
  bool problems = contains_any(t, b, {U"问题", U"不足", U"短板", U"差距", U"薄弱", U"有待", U"不够", U"欠缺"});
  bool fixes = contains_any(t, b, {U"改进", U"整改", U"措施", U"下一步", U"将", U"加强", U"提升", U"完善", U"推进"});
  if (problems && fixes) return;
  std::string what = !problems && !fixes ? "存在的主要问题和改进情况" : !problems ? "存在的主要问题" : "改进情况或措施";
  c.out.push_back(finding(kImprove, Severity::warning, "第五部分应写明存在的主要问题及改进情况，未找到" + what,
                          s->heading_span));
}

void fee_notices(const RuleContext& c) {
  const Report& r = c.report;
  if (!r.requests) return;
  const Cell* cell = r.requests->cell("other.no_fee_paid", 6);
  if (!cell || !cell->value || *cell->value <= 0) return;
  double unpaid = *cell->value;
  const Section* s = section(r, 6);
  const U32& t = decoded(r.text);
  std::string said = "第六部分未报告收费通知件数";
  if (s) {
    Body b = body(t, *s);
    for (size_t p = find(t, U"收费通知", b.b, b.e); p != std::u32string::npos; p = find(t, U"收费通知", p + 1, b.e)) {
      auto [sb, se] = sentence_at(t, p);
      for (const auto& n : counts(t, sb, se, {U"件", U"份", U"次"}))
        if (n.value >= unpaid) return;
    }
    size_t q = find(t, U"无收取", b.b, b.e);
    if (q == std::u32string::npos) q = find(t, U"未收取", b.b, b.e);
    if (q != std::u32string::npos) {
      size_t qe = q;
      while (qe < b.e && qe < q + 20 && t[qe] != U'。' && t[qe] != U'\n') ++qe;
      said = "第六部分只称“" + utf8(std::u32string_view(t.s).substr(q, qe - q)) + "”，未报告收费通知件数";
    }
  }
  Span sp = cell->span.valid() ? cell->span : (s ? s->heading_span : Span{});
  c.out.push_back(finding(kFeeNotices, Severity::warning,
                          "表三（六）2“申请人逾期未按收费通知要求缴纳费用”为" + fmt(unpaid) + "件，说明至少发出了" +
                              fmt(unpaid) + "件收费通知，但" + said,
                          sp, "requests", {{"other.no_fee_paid", 6}}));
}

}  // namespace

std::vector<Rule> section_rules() {
  return {
      {{kMissing, Severity::warning, "缺少法定的六个部分之一"}, missing},
      {{kOrder, Severity::warning, "六个部分顺序不对"}, order},
      {{kRenamed, Severity::warning, "部分标题与法定标题及常见写法都不同"}, renamed},
      {{kDup, Severity::warning, "部分内又用一级序号（一、二、）作小标题，与六个部分的序号重复"}, duplicate_number},
      {{kEmpty, Severity::warning, "总体情况、存在的问题及改进情况或其他需要报告的事项没有内容"}, empty},
      {{kFee, Severity::warning, "2021年格式第六部分未报告信息处理费收取情况"}, fee_statement},
      {{kImprove, Severity::warning, "2021年格式第五部分缺少存在的问题或改进情况"}, improvements},
      {{kFeeNotices, Severity::warning, "表三有逾期未缴费的申请，第六部分却未报告收费通知"}, fee_notices},
  };
}

}  // namespace xxgk
