// cross_year.text_reuse: this year's narrative repeats more than half of last year's (evaluators
// deduct for 与上年度重复率大于50%).
#include "compare/text_reuse.h"
#include "rules/cross_year/pair.h"
#include "text/code_points.h"
#include "text/numbers.h"

namespace xxgk::rulebook {
namespace {

// A quote in a message: the passage's head, long passages cut.
std::string quoted(const std::string& passage) {
  constexpr size_t kQuote = 60;
  const std::u32string s = text::u(passage);
  std::string out;
  for (char32_t c : s.substr(0, kQuote)) {
    if (c == U'\n') continue;
    out += text::utf8(std::u32string(1, c));
  }
  return "“" + out + (s.size() > kQuote ? "…”" : "”");
}

std::string section_numerals(const std::vector<int>& numbers) {
  std::string out;
  for (int n : numbers) out += (out.empty() ? "" : "、") + std::string(text::cjk_numeral_name(n));
  return out;
}

void check_text_reuse(const RuleContext& c, const Rule& self) {
  if (!c.previous || !consecutive(c)) return;   // cross_year.year says why nothing is compared
  const MetricSpec* spec = metric_spec("text_reuse");
  const TextReuse reuse = measure_text_reuse(c.report, *c.previous, spec->sections);
  if (reuse.total == 0 || reuse.repeated * 2 <= reuse.total) return;
  const std::string py = c.previous->meta.year ? std::to_string(*c.previous->meta.year) + "年度" : "上一年度";
  c.emit(self,
         "第" + section_numerals(spec->sections) + "部分与" + py + "报告的重复率为 " +
             text::format_percent(static_cast<double>(reuse.repeated) / static_cast<double>(reuse.total)) + "（" +
             std::to_string(reuse.total) + " 字中 " + std::to_string(reuse.repeated) +
             " 字所在的句子与上年度相同），超过 50%；最长的重复段落：" + quoted(reuse.passage_text),
         first_valid({reuse.passage}));
}

}  // namespace

extern const Rule cross_year_text_reuse = {
    "cross_year.text_reuse", Severity::warning, "与上年度报告重复率超过 50%",
    "With last year's report: the share of this year's narrative (sections 一, 五, 六) that repeats last "
    "year's, sentence by sentence after normalisation (blanks and punctuation dropped, every run of digits the "
    "same, so 2024年 repeats 2023年; sentences of fewer than six characters left out), counted in characters. "
    "Above 50 % it is a warning quoting the longest run of repeated sentences (evaluators deduct for "
    "与上年度重复率大于50%). The figure is in `metrics.text_reuse` whatever its value. Fix: write this year's "
    "work, problems and improvements anew.",
    __FILE__, check_text_reuse, RuleRole::check, true};

}  // namespace xxgk::rulebook
