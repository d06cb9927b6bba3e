// narrative.received, narrative.replies, narrative.outcomes, narrative.carried_over,
// narrative.review_litigation, narrative.scope: figures the 总体情况 text states about
// applications, replies, outcomes, carried-over applications, 行政复议 and 行政诉讼, against the
// table cells.
#include "rules/narrative/statements.h"

namespace xxgk::rulebook {
namespace {

using namespace text;
using namespace narrative;

void check_received(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  auto nr = total_of(r, "new_received");
  if (!nr) return;
  const FormatModel& m = *r.requests->format;
  auto co = total_of(r, "carried_over");
  auto total = total_of(r, "total");
  const U32& t = decoded(r.text);
  const Region g = overview(r, t);
  const std::string where = total_phrase(m, m.request_row("new_received")->display());
  for (const auto& cl : claims(r, t, g, {U"收到", U"新收", U"受理", U"接收", U"接到", U"收悉"}, true, 30)) {
    if (same(cl.n.value, *nr) || (co && same(cl.n.value, *nr + *co))) continue;
    report_mismatch(c, self, t, cl, *nr, "收到申请", where, "requests", {total_cell(m, "new_received")});
  }
  for (const auto& cl : claims(r, t, g, {U"共办理", U"全年办理", U"办理了"}, true, 30)) {
    if (same(cl.n.value, *nr) || (co && same(cl.n.value, *nr + *co)) || (total && same(cl.n.value, *total))) continue;
    report_mismatch(c, self, t, cl, *nr, "办理申请", where, "requests", {total_cell(m, "new_received")});
  }
}

void check_replies(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  auto total = total_of(r, "total");
  if (!total) return;
  const FormatModel& m = *r.requests->format;
  const U32& t = decoded(r.text);
  const Region g = overview(r, t);
  for (const auto& cl : claims(r, t, g, {U"答复", U"办结", U"办理完毕", U"处理完毕", U"回复"}, false, 8)) {
    auto listed = outcomes_after(m, t, cl.e, g.e);
    double sum = 0;
    std::string parts;
    for (const auto& l : listed) {
      sum += l.n.value;
      parts += (parts.empty() ? "" : "+") + format_number(l.n.value);
    }
    const bool list_ok = listed.size() < 3 || same(sum, cl.n.value);
    // Agrees with the table: whether the listed outcomes add up is narrative.arithmetic's business.
    if (same(cl.n.value, *total)) continue;
    std::string extra;
    if (!list_ok)
      extra = "；所列各项办理结果合计" + parts + "=" + format_number(sum) + "件，也与“" + format_number(cl.n.value) + "件”不符";
    report_mismatch(c, self, t, cl, *total, "答复/办结", total_phrase(m, m.request_row("total")->display()),
                    "requests", {total_cell(m, "total")}, extra);
  }
}

void check_outcomes(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  if (!r.requests || !r.requests->format) return;
  const FormatModel& m = *r.requests->format;
  const U32& t = decoded(r.text);
  const Region g = overview(r, t);
  // only after an application statement, in the same paragraph
  auto anchors = claims(r, t, g, {U"收到", U"新收", U"受理", U"接到", U"答复", U"办结"}, false, 30);
  std::vector<size_t> seen;
  for (const auto& a : anchors) {
    for (const auto& l : outcomes_after(m, t, a.e, std::min(g.e, clause_end(t, a.e, g.e) + 400))) {
      bool dup = false;
      for (size_t s : seen) dup |= s == l.b;
      if (dup) continue;
      seen.push_back(l.b);
      auto v = total_of(r, l.outcome->rows);
      if (!v || same(*v, l.n.value)) continue;
      Claim cl{l.b, l.n.ue, l.n, sub_unit(r, t, l.b)};
      std::vector<CellRef> cells;
      for (const auto& row : l.outcome->rows) cells.push_back(total_cell(m, row));
      report_mismatch(c, self, t, cl, *v, "办理结果", total_phrase(m, l.outcome->label), "requests", cells);
    }
  }
}

void check_carried(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  if (!r.requests || !r.requests->format) return;
  const FormatModel& m = *r.requests->format;
  const U32& t = decoded(r.text);
  const Region g = overview(r, t);
  if (auto co = total_of(r, "carried_over")) {
    for (const auto& cl : claims(r, t, g, {U"上年结转", U"上年度结转", U"结转上年"}, false, 8)) {
      if (same(cl.n.value, *co)) continue;
      report_mismatch(c, self, t, cl, *co, "上年结转", total_phrase(m, m.request_row("carried_over")->display()),
                      "requests", {total_cell(m, "carried_over")});
    }
  }
  if (auto cf = total_of(r, "carried_forward")) {
    auto fwd = claims(r, t, g, {U"结转下年", U"结转到下年", U"结转至下年", U"转入下年", U"结转至20", U"结转到20"},
                      false, 14);
    // "17件结转到下年度办理"
    for (size_t p = find(t, U"结转", g.b, g.e); p != std::u32string::npos; p = find(t, U"结转", p + 1, g.e)) {
      if (!contains_any(t, p, std::min(g.e, p + 8), {U"下年", U"至20", U"到20"})) continue;
      size_t b = p > g.b + 8 ? p - 8 : g.b;
      auto ns = counts(t, b, p, application_units());
      if (ns.empty()) continue;
      size_t gap = ns.back().ue;
      while (gap < p && is_space(t[gap])) ++gap;
      if (gap != p) continue;
      bool dup = false;
      for (const auto& f : fwd) dup |= f.n.b == ns.back().b;
      if (!dup) fwd.push_back({ns.back().b, p + 4, ns.back(), sub_unit(r, t, p)});
    }
    for (const auto& cl : fwd) {
      if (same(cl.n.value, *cf)) continue;
      report_mismatch(c, self, t, cl, *cf, "结转下年度", total_phrase(m, m.request_row("carried_forward")->display()),
                      "requests", {total_cell(m, "carried_forward")});
    }
  }
}

void check_review_litigation(const RuleContext& c, const Rule& self) {
  const Report& r = c.report;
  if (!r.review || !r.review->format) return;
  const FormatModel& m = *r.review->format;
  const TableSpec& spec = m.table("review_litigation");
  const int total = m.review_column("total");
  const std::string total_label = m.review_columns[static_cast<size_t>(total)].label;
  // The first group is 行政复议; the others are the two kinds of 行政诉讼 (the header's second band).
  std::vector<CellRef> review_cells = {{m.review_groups.front().key, total}}, litigation_cells;
  for (size_t g = 1; g < m.review_groups.size(); ++g) litigation_cells.push_back({m.review_groups[g].key, total});
  auto sum = [&](const std::vector<CellRef>& cells) -> std::optional<double> {
    double s = 0;
    for (const auto& k : cells) {
      auto v = r.review->value(k.row, k.column);
      if (!v) return std::nullopt;
      s += *v;
    }
    return s;
  };
  const U32& t = decoded(r.text);
  const Region g = overview(r, t);
  struct Kind {
    const char32_t* word;
    std::vector<CellRef> cells;
    std::string what, where;
  };
  const Kind kinds[] = {
      {U"复议", review_cells, m.review_groups.front().label,
       spec.short_name + m.review_groups.front().label + "“" + total_label + "”"},
      {U"诉讼", litigation_cells, spec.header[0][1].label,
       spec.short_name + spec.header[0][1].label + "各组“" + total_label + "”之和"},
  };
  for (const auto& k : kinds) {
    const auto table = sum(k.cells);
    if (!table) continue;
    for (const auto& cl : review_claims(r, t, g, k.word)) {
      if (same(cl.n.value, *table)) continue;
      report_mismatch(c, self, t, cl, *table, k.what, k.where, "review_litigation", k.cells);
    }
  }
}

}  // namespace

extern const Rule narrative_received = {
    "narrative.received", Severity::warning, "总体情况所述收到申请数与表三“本年新收”不一致",
    "The 总体情况 text's number of applications received (\"全区共收到政府信息依申请公开68件\", \"收到70件申请\") "
    "differs from table 三 row 一 (本年新收) total, and from 本年新收 + 上年结转. Seed 000: text 68, table 50. The "
    "message quotes the sentence and both numbers; the span is the sentence, the cell is [new_received, 总计]. "
    "Fix: correct the text or the table.",
    __FILE__, check_received};

extern const Rule narrative_replies = {
    "narrative.replies", Severity::warning, "总体情况所述答复/办结数与表三“(七)总计”不一致",
    "\"答复N件\" / \"办结N件\" against table 三 (七)总计; when the text goes on to list outcomes "
    "(予以公开…件;部分公开…件…) their sum is quoted too. Seed 003: \"答复28件\", outcomes listed 12+2+1+12+0+0 = "
    "27, table 27. When the number agrees with the table but the listed outcomes do not add up, "
    "narrative.arithmetic fires instead.",
    __FILE__, check_replies};

extern const Rule narrative_outcomes = {
    "narrative.outcomes", Severity::warning, "总体情况所述各项办理结果与表三对应行不一致",
    "An outcome the text names after an application statement (予以公开 / 部分公开 / 不予公开 / 无法提供 / 不予处理 / "
    "其他处理 N件: the rows and groups under 三、本年度办理结果) differs from the matching table 三 row (or the sum "
    "of its sub-rows). Fix: align text and table.",
    __FILE__, check_outcomes};

extern const Rule narrative_carried_over = {
    "narrative.carried_over", Severity::warning, "总体情况所述结转数与表三“上年结转”“结转下年度”不一致",
    "\"上年结转N件\" against table 三 row 二; \"N件结转下年度\" / \"结转至2026年N件\" against row 四. Fix: align "
    "text and table.",
    __FILE__, check_carried};

extern const Rule narrative_review_litigation = {
    "narrative.review_litigation", Severity::warning, "总体情况所述行政复议、行政诉讼数与表四不一致",
    "\"行政复议N件/起\" in a sentence about 信息公开 applications against table 四 行政复议 总计; \"行政诉讼N件/起\" "
    "against the sum of the two litigation groups' 总计 (pingtan 2025: 诉讼 9 = 6 + 3 agrees). Fix: align text "
    "and table.",
    __FILE__, check_review_litigation};

// Emitted by the checks above (narrative/statements.cpp) when a sentence is about a sub-unit.
extern const Rule narrative_scope = {
    "narrative.scope", Severity::info, "总体情况中下属单位的数字与全表不同（口径可能不同）",
    "The same comparisons when the sentence names a sub-unit as its subject (\"今年法规室共接到……32件\", "
    "\"市本级……\"): the figures may have a different scope than the tables, so this is only a note saying what "
    "was compared (seed 001: 32 vs 110, 3 复议 vs 5).",
    __FILE__, nullptr};

}  // namespace xxgk::rulebook
