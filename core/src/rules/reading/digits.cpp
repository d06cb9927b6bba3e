// input.*: cells that arrived as glued runs of digits.
#include "rules/reading/notes.h"

namespace xxgk::rulebook {
namespace {

using Kind = ReadingNote::Kind;
using reading::each_note;

std::string where(const Report& r, const ReadingNote& n) {
  const FormatModel& m = reading::model_of(r, n.table);
  return n.table == "review_litigation" ? m.table(n.table).title() : reading::first_row_name(r, n);
}

void check_ambiguous(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::digits_ambiguous, [&](const ReadingNote& n) {
    std::string alternatives;
    for (size_t k = 0; k < n.alternatives.size(); ++k)
      alternatives += (k ? "；" : "") + std::string("（") + text::join_numbers(n.alternatives[k], ", ") + "）";
    Finding& f = c.emit(self,
                        where(c.report, n) + "的数字连在一起（“" + reading::one_line(n.raw, 60) + "”），有 " +
                            std::to_string(n.alternatives.size()) + " 种读法：" + alternatives + "。已采用（" +
                            text::join_numbers(n.chosen, ", ") + "），请对照原表核实",
                        n.span, n.table, n.cells);
    f.details.raw = n.raw;
    f.details.alternatives = n.alternatives;
    f.details.chosen = n.chosen;
  });
}

void check_unsplittable(const RuleContext& c, const Rule& self) {
  each_note(c, Kind::digits_unsplittable, [&](const ReadingNote& n) {
    Finding& f = c.emit(self,
                        where(c.report, n) + "的数字连在一起（“" + reading::one_line(n.raw, 60) + "”），" +
                            (n.exhausted ? "可能的拆分过多，" : "无法确定如何拆分，") + "该行按未读出处理",
                        n.span, n.table, n.cells);
    f.details.raw = n.raw;
  });
}

}  // namespace

extern const Rule input_ambiguous_digits = {
    "input.ambiguous_digits", Severity::warning, "连在一起的数字有多种读法，已选用最合理的一种",
    "The cells of a row arrived glued into one run of digits (PDF and web copies: \"241002027\"), and more "
    "than one reading fits. The reading with the fewest broken relations is taken (then the most plausible: "
    "natural persons dominate, organisation columns hold small numbers) and the message quotes the raw run "
    "and every alternative (`details.alternatives`, `details.chosen`); the relations are still checked. "
    "Example: seed 002 (六)其他处理: 24,1,0,0,2,0,27 or 2,4,1,0,0,20,27. Fix: check against the original table.",
    __FILE__, check_ambiguous};

extern const Rule input_unsplittable_digits = {
    "input.unsplittable_digits", Severity::warning, "连在一起的数字无法确定如何拆分",
    "A run of digits whose split into the row's cells neither the digits alone nor the relations can decide "
    "(too many readings): the cells stay `null`, nothing is invented, and the relations they belong to are "
    "listed as not checked in `coverage`. Fix: check the original table.",
    __FILE__, check_unsplittable};

}  // namespace xxgk::rulebook
