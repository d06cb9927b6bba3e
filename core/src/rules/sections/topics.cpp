// section.fee_statement, section.improvements: what the format asks a section to report (the
// model's topics), looked for in the section's body.
#include "rules/rule.h"
#include "rules/sections/section_text.h"

namespace xxgk::rulebook {
namespace {

using namespace text;

// The sections of the report's format that ask for any of these topics, with the topics absent.
template <class F>
void missing_topics(const RuleContext& c, std::initializer_list<const char*> keys, F report) {
  const Report& r = c.report;
  if (!r.format) return;
  const U32& t = decoded(r.text);
  for (const auto& spec : r.format->sections) {
    const Section* s = section(r, spec.number);
    if (!s) continue;
    const Body b = body(t, *s);
    if (!has_content(t, b)) continue;  // section.empty says it
    std::vector<const TopicSpec*> asked, absent;
    for (const auto& topic : spec.topics)
      for (const char* k : keys)
        if (topic.key == k) {
          asked.push_back(&topic);
          if (!contains_any(t, b, topic.words)) absent.push_back(&topic);
        }
    if (!absent.empty()) report(*s, asked, absent);
  }
}

void check_fee_statement(const RuleContext& c, const Rule& self) {
  missing_topics(c, {"fees"}, [&](const Section& s, const auto&, const auto& absent) {
    c.emit(self,
           c.report.format->notice + "要求第" + cjk_numeral_name(s.number) + "部分报告" + absent.front()->what +
               "，未找到相关内容",
           s.heading_span);
  });
}

void check_improvements(const RuleContext& c, const Rule& self) {
  missing_topics(c, {"problems", "improvements"}, [&](const Section& s, const auto& asked, const auto& absent) {
    std::string all, missing;
    for (const auto* t : asked) all += (all.empty() ? "" : "及") + t->what;
    for (const auto* t : absent) missing += (missing.empty() ? "" : "和") + t->what;
    c.emit(self, std::string("第") + cjk_numeral_name(s.number) + "部分应写明" + all + "，未找到" + missing,
           s.heading_span);
  });
}

}  // namespace

extern const Rule section_fee_statement = {
    "section.fee_statement", Severity::warning, "2021年格式第六部分未报告信息处理费收取情况",
    "Where the format asks for it (国办公开办函〔2021〕30号): section 六 should report the 信息处理费 (收费通知 "
    "count and amount, amount collected). Fires when 六 has content but never mentions 信息处理费/收费/费用. "
    "Example: 六 only says where to download the report. Fix: add \"本年度未收取信息处理费\" or the figures.",
    __FILE__, check_fee_statement};

extern const Rule section_improvements = {
    "section.improvements", Severity::warning, "2021年格式第五部分缺少存在的问题或改进情况",
    "Where the format asks for it (国办公开办函〔2021〕30号): section 五 should give both the main problems "
    "(问题/不足/短板…) and the improvements (改进/整改/措施/下一步/加强…). Fires when either is absent. Fix: write "
    "both parts.",
    __FILE__, check_improvements};

}  // namespace xxgk::rulebook
