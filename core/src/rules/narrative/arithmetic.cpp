// narrative.arithmetic: the narrative's own sums — "A件，其中B件、C件…" whose parts should add
// up to A, and replies whose listed outcomes should add up to the number of replies.
#include "read/section_titles.h"
#include "rules/narrative/statements.h"

namespace xxgk::rulebook {
namespace {

using namespace text;
using namespace narrative;

// "A件，其中B件，C件…": the parts should add up to the whole (when the list is the whole sentence).
void check_parts(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  const U32& t = decoded(r.text);
  Region g = overview(r, t);
  auto all = counts(t, g.b, g.e, count_units());
  for (const auto& w : all) {
    size_t j = w.ue;
    while (j < g.e && (is_space(t[j]) || t[j] == U',' || t[j] == U'、')) ++j;
    if (!starts_with(t, j, U"其中")) continue;
    size_t lb = j + 2;
    size_t se = lb;
    while (se < g.e && t[se] != U'。' && t[se] != U'\n') ++se;
    double run = 0;
    int nparts = 0, first_group = 0;
    double first_sum = 0;
    bool in_first = true, ok = false;
    std::string parts;
    size_t prev_end = lb;
    for (const auto& p : all) {
      if (p.b < lb || p.b >= se) continue;
      if (in_first && find(t, U";", lb, p.b) != std::u32string::npos) in_first = false;
      if (p.unit != w.unit) continue;
      // A part that names another step of the handling ("其中新收10件，办结9件，2件结转…") starts a
      // new fact, not another share of the whole: the breakdown ends there.
      const size_t after = std::min(se, p.ue + 6);
      if (nparts > 0 && (contains_any(t, prev_end, p.b, {U"办结", U"答复", U"结转", U"受理", U"办理完毕"}) ||
                         contains_any(t, p.ue, after, {U"结转", U"办结"})))
        break;
      prev_end = p.ue;
      // a percentage or a rate is not a part
      run += p.value;
      ++nparts;
      if (in_first) { first_sum += p.value; ++first_group; parts += (parts.empty() ? "" : "+") + format_number(p.value); }
      if (same(run, w.value)) { ok = true; break; }
    }
    if (ok || nparts < 2) continue;
    bool whole_sentence = find(t, U";", lb, se) == std::u32string::npos;
    if (!whole_sentence || first_group < 2 || same(first_sum, w.value)) continue;
    c.emit(self,
           text::statutory_title(1) + "称“" + quote(t, w.b, std::min(se, j + 2)) + "”共" + format_number(w.value) + utf8(w.unit) +
               "，其中所列各项" + parts + "=" + format_number(first_sum) + utf8(w.unit) + "，合计不符",
           span(r.text, t, w.b, se));
  }
}


// "答复28件：予以公开12件、部分公开2件…": the number agrees with the table, the outcomes listed do
// not add up to it (when it disagrees, narrative.replies quotes the list too).
void check_replies_list(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  auto total = total_of(r, "total");
  if (!total) return;
  const FormatModel& m = *r.requests->format;
  const U32& t = decoded(r.text);
  const Region g = overview(r, t);
  for (const auto& cl : claims(r, t, g, {U"答复", U"办结", U"办理完毕", U"处理完毕", U"回复"}, false, 8)) {
    if (!same(cl.n.value, *total)) continue;
    auto listed = outcomes_after(m, t, cl.e, g.e);
    double sum = 0;
    std::string parts;
    for (const auto& l : listed) {
      sum += l.n.value;
      parts += (parts.empty() ? "" : "+") + format_number(l.n.value);
    }
    if (listed.size() < 3 || same(sum, cl.n.value)) continue;
    c.emit(self,
           text::statutory_title(1) + "称“" + quote(t, cl.b, cl.e) + "”，但其后所列各项办理结果合计" + parts + "=" + format_number(sum) + "件",
           span(r.text, t, cl.b, cl.e));
  }
}

void check_arithmetic(const RuleContext& c, const Rule& self) {
  check_parts(c, self);
  check_replies_list(c, self);
}

}  // namespace

extern const Rule narrative_arithmetic = {
    "narrative.arithmetic", Severity::warning, "总体情况中“共A件，其中B件、C件…”各项之和不等于总数",
    "\"共A件(条)，其中B件，C件…\": the parts of the same unit should add up to A. Silent as soon as a running sum "
    "of the parts reaches A (so a second breakdown after \";\" is fine), and when the list is cut by \";\" without "
    "reaching A. Also: \"答复N件\" followed by outcomes (予以公开…件;部分公开…件…) that do not add up to N. Example: "
    "\"主动公开信息1000条，其中法规文件53条，规范性文件3条，动态信息900条。\" (956 ≠ 1000). Fix: correct the "
    "whole or a part.",
    __FILE__, check_arithmetic};

}  // namespace xxgk::rulebook
