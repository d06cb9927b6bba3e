// narrative.*: numbers the 总体情况 text states about applications, replies, outcomes,
// carried-over applications, 行政复议 and 行政诉讼, against the table cells; and the text's own
// "A件，其中B件、C件" arithmetic.
#include <cmath>

#include "rules/report/families.h"
#include "rules/report/text_numbers.h"

namespace xxgk {
namespace {

using namespace rpt;

const char* kReceived = "narrative.received";
const char* kReplies = "narrative.replies";
const char* kCarried = "narrative.carried_over";
const char* kOutcomes = "narrative.outcomes";
const char* kReview = "narrative.review_litigation";
const char* kScope = "narrative.scope";
const char* kArith = "narrative.arithmetic";

const std::vector<std::u32string>& app_units() {
  static const std::vector<std::u32string> u = {U"件", U"个", U"宗", U"份", U"条"};
  return u;
}

struct Region { size_t b, e; };

// 总体情况 (section 一); without it, the text before the first section found.
Region overview(const Report& r, const U32& t) {
  for (const auto& s : r.sections)
    if (s.number == 1) return {index_of(t, s.body_begin), index_of(t, s.norm_end)};
  if (!r.sections.empty()) return {0, index_of(t, r.sections.front().norm_begin)};
  return {0, t.size()};
}

bool clause_stop(char32_t c) { return c == U'。' || c == U';' || c == U'\n'; }

size_t clause_end(const U32& t, size_t p, size_t limit) {
  size_t e = p;
  while (e < t.size() && e < limit && !clause_stop(t[e])) ++e;
  return e;
}

bool contains_any(const U32& t, size_t b, size_t e, std::initializer_list<const char32_t*> words) {
  for (const char32_t* w : words)
    if (find(t, w, b, e) != std::u32string::npos) return true;
  return false;
}

size_t line_begin(const U32& t, size_t p) {
  while (p > 0 && t[p - 1] != U'\n') --p;
  return p;
}

// The sentence or paragraph names a sub-unit as its subject ("今年法规室共接到…", "市本级…").
bool sub_unit(const Report& r, const U32& t, size_t p) {
  size_t lb = line_begin(t, p);
  size_t b = p > lb + 200 ? p - 200 : lb;
  bool agency_office = r.meta.agency && r.meta.agency->find("办公室") != std::string::npos;
  for (size_t i = b; i < p; ++i) {
    char32_t c = t[i];
    if (c == U'室' || c == U'科' || c == U'股') {
      if (i == 0 || !is_cjk(t[i - 1])) continue;
      if (c == U'室' && t[i - 1] == U'公' && agency_office) continue;
      char32_t n = t[i + 1];
      if (n == U'共' || n == U'累' || n == U'全' || n == U'今' || n == U'收' || n == U'接' || n == U'受' ||
          n == U'办' || n == U'本')
        return true;
    }
  }
  return find(t, U"本级", b, p) != std::u32string::npos;
}

std::string quote(const U32& t, size_t b, size_t e) {
  if (e > b + 40) b = e - 40;
  return utf8(std::u32string_view(t.s).substr(b, e - b));
}

std::optional<double> sum_rows(const Report& r, const std::string& key_or_prefix, bool prefix) {
  if (!r.requests || !r.format) return std::nullopt;
  double s = 0;
  bool any = false;
  for (const auto& row : r.format->request_rows) {
    if (!row.data) continue;
    bool match = prefix ? row.key.rfind(key_or_prefix, 0) == 0 : row.key == key_or_prefix;
    if (!match) continue;
    auto v = r.requests->value(row.key, 6);
    if (!v) return std::nullopt;
    s += *v;
    any = true;
  }
  if (!any) return std::nullopt;
  return s;
}

std::optional<double> cell(const Report& r, const char* key, int col = 6) {
  if (!r.requests) return std::nullopt;
  return r.requests->value(key, col);
}

struct Claim {
  size_t b = 0, e = 0;   // the phrase, verb .. unit
  Number n;
  bool sub = false;
};

// verb … (申请 when required) … N件 in the same clause.
std::vector<Claim> claims(const Report& r, const U32& t, Region g, std::initializer_list<const char32_t*> verbs,
                          bool need_application, size_t max_gap) {
  std::vector<Claim> out;
  for (const char32_t* v : verbs) {
    std::u32string verb = v;
    for (size_t p = find(t, verb, g.b, g.e); p != std::u32string::npos; p = find(t, verb, p + 1, g.e)) {
      size_t ce = clause_end(t, p, std::min(g.e, p + verb.size() + max_gap));
      auto ns = counts(t, p + verb.size(), ce, app_units());
      if (ns.empty()) continue;
      const Number& n = ns.front();
      if (need_application && find(t, U"申请", p, n.b) == std::u32string::npos) {
        size_t j = n.ue;  // "收到70件申请", "收到70件政府信息公开申请"
        while (j < t.size() && is_space(t[j])) ++j;
        size_t a = find(t, U"申请", j, std::min(t.size(), j + 10));
        if (a == std::u32string::npos) continue;
        bool crosses = false;
        for (size_t k = j; k < a; ++k) crosses |= clause_stop(t[k]) || t[k] == U',';
        if (crosses) continue;
      }
      if (contains_any(t, p, n.b, {U"复议", U"诉讼", U"信访", U"举报", U"来信", U"留言", U"咨询", U"建议", U"提案",
                                   U"投诉", U"信箱", U"热线", U"问政"}))
        continue;
      bool dup = false;
      for (const auto& c : out) dup |= c.n.b == n.b;
      if (dup) continue;
      out.push_back({p, n.ue, n, sub_unit(r, t, p)});
    }
  }
  return out;
}

void report_mismatch(const RuleContext& c, const U32& t, const char* rule, const Claim& cl, double table,
                     const std::string& what_text, const std::string& where_table, std::vector<CellRef> cells,
                     const std::string& extra = {}) {
  std::string said = "总体情况称“" + quote(t, cl.b, cl.e) + "”（" + what_text + fmt(cl.n.value) + "件）";
  Span sp = span(c.report.text, t, cl.b, cl.e);
  if (cl.sub) {
    c.out.push_back(finding(kScope, Severity::info,
                            said + "，" + where_table + "为" + fmt(table) + "件；该句所述范围似为下属单位，" +
                                "与全表口径可能不同，请核对" + extra,
                            sp, "requests", std::move(cells)));
    return;
  }
  c.out.push_back(finding(rule, Severity::warning, said + "，但" + where_table + "为" + fmt(table) + "件" + extra, sp,
                          "requests", std::move(cells)));
}

bool same(double a, double b) { return std::fabs(a - b) < 1e-6; }

void received(const RuleContext& c) {
  const Report& r = c.report;
  auto nr = cell(r, "new_received");
  if (!nr) return;
  auto co = cell(r, "carried_over");
  auto total = cell(r, "total");
  const U32& t = decoded(r.text);
  Region g = overview(r, t);
  for (const auto& cl : claims(r, t, g, {U"收到", U"新收", U"受理", U"接收", U"接到", U"收悉"}, true, 30)) {
    if (same(cl.n.value, *nr) || (co && same(cl.n.value, *nr + *co))) continue;
    report_mismatch(c, t, kReceived, cl, *nr, "收到申请", "表三“一、本年新收政府信息公开申请数量”总计",
                    {{"new_received", 6}});
  }
  for (const auto& cl : claims(r, t, g, {U"共办理", U"全年办理", U"办理了"}, true, 30)) {
    if (same(cl.n.value, *nr) || (co && same(cl.n.value, *nr + *co)) || (total && same(cl.n.value, *total))) continue;
    report_mismatch(c, t, kReceived, cl, *nr, "办理申请", "表三“一、本年新收政府信息公开申请数量”总计",
                    {{"new_received", 6}});
  }
}

struct Outcome {
  const char32_t* word;
  const char* key;
  bool prefix;
  const char* label;
};
const Outcome kOutcomeRows[] = {
    {U"予以公开", "granted", false, "(一)予以公开"},
    {U"部分公开", "partially_granted", false, "(二)部分公开"},
    {U"不予公开", "denied.", true, "(三)不予公开"},
    {U"无法提供", "unable.", true, "(四)无法提供"},
    {U"不予处理", "not_processed.", true, "(五)不予处理"},
    {U"其他处理", "other", true, "(六)其他处理"},
};

struct ListedOutcome {
  const Outcome* o;
  Number n;
  size_t b;
};

// "予以公开12件；部分公开2件；…" after position p on the same paragraph.
std::vector<ListedOutcome> outcomes_after(const U32& t, size_t p, size_t e) {
  std::vector<ListedOutcome> out;
  size_t lim = std::min(e, p + 400);
  for (const auto& o : kOutcomeRows) {
    std::u32string w = o.word;
    for (size_t q = find(t, w, p, lim); q != std::u32string::npos; q = find(t, w, q + 1, lim)) {
      size_t ne = std::min(lim, q + w.size() + 4);
      auto ns = counts(t, q + w.size(), ne, {U"件", U"个", U"宗"});
      if (ns.empty()) continue;
      out.push_back({&o, ns.front(), q});
      break;
    }
  }
  return out;
}

void replies(const RuleContext& c) {
  const Report& r = c.report;
  auto total = cell(r, "total");
  if (!total) return;
  const U32& t = decoded(r.text);
  Region g = overview(r, t);
  for (const auto& cl : claims(r, t, g, {U"答复", U"办结", U"办理完毕", U"处理完毕", U"回复"}, false, 8)) {
    auto listed = outcomes_after(t, cl.e, g.e);
    double sum = 0;
    std::string parts;
    for (const auto& l : listed) {
      sum += l.n.value;
      parts += (parts.empty() ? "" : "+") + fmt(l.n.value);
    }
    bool list_ok = listed.size() < 3 || same(sum, cl.n.value);
    std::string extra;
    if (!list_ok) extra = "；所列各项办理结果合计" + parts + "=" + fmt(sum) + "件，也与“" + fmt(cl.n.value) + "件”不符";
    if (same(cl.n.value, *total)) {
      if (!list_ok)
        c.out.push_back(finding(kArith, Severity::warning,
                                "总体情况称“" + quote(t, cl.b, cl.e) + "”，但其后所列各项办理结果合计" + parts + "=" +
                                    fmt(sum) + "件",
                                span(r.text, t, cl.b, cl.e)));
      continue;
    }
    report_mismatch(c, t, kReplies, cl, *total, "答复/办结", "表三“(七)总计”总计", {{"total", 6}}, extra);
  }
}

void outcomes(const RuleContext& c) {
  const Report& r = c.report;
  if (!r.requests || !r.format) return;
  const U32& t = decoded(r.text);
  Region g = overview(r, t);
  // only after an application statement, in the same paragraph
  auto anchors = claims(r, t, g, {U"收到", U"新收", U"受理", U"接到", U"答复", U"办结"}, false, 30);
  std::vector<size_t> seen;
  for (const auto& a : anchors) {
    for (const auto& l : outcomes_after(t, a.e, std::min(g.e, clause_end(t, a.e, g.e) + 400))) {
      bool dup = false;
      for (size_t s : seen) dup |= s == l.b;
      if (dup) continue;
      seen.push_back(l.b);
      auto v = sum_rows(r, l.o->key, l.o->prefix);
      if (!v || same(*v, l.n.value)) continue;
      Claim cl{l.b, l.n.ue, l.n, sub_unit(r, t, l.b)};
      std::vector<CellRef> cells;
      for (const auto& row : r.format->request_rows)
        if (row.data && (l.o->prefix ? row.key.rfind(l.o->key, 0) == 0 : row.key == l.o->key))
          cells.push_back({row.key, 6});
      report_mismatch(c, t, kOutcomes, cl, *v, "办理结果", std::string("表三“") + l.o->label + "”总计", cells);
    }
  }
}

void carried(const RuleContext& c) {
  const Report& r = c.report;
  const U32& t = decoded(r.text);
  Region g = overview(r, t);
  if (auto co = cell(r, "carried_over")) {
    for (const auto& cl : claims(r, t, g, {U"上年结转", U"上年度结转", U"结转上年"}, false, 8)) {
      if (same(cl.n.value, *co)) continue;
      report_mismatch(c, t, kCarried, cl, *co, "上年结转", "表三“二、上年结转政府信息公开申请数量”总计",
                      {{"carried_over", 6}});
    }
  }
  if (auto cf = cell(r, "carried_forward")) {
    auto fwd = claims(r, t, g, {U"结转下年", U"结转到下年", U"结转至下年", U"转入下年", U"结转至20", U"结转到20"},
                      false, 14);
    // "17件结转到下年度办理"
    for (size_t p = find(t, U"结转", g.b, g.e); p != std::u32string::npos; p = find(t, U"结转", p + 1, g.e)) {
      if (!contains_any(t, p, std::min(g.e, p + 8), {U"下年", U"至20", U"到20"})) continue;
      size_t b = p > g.b + 8 ? p - 8 : g.b;
      auto ns = counts(t, b, p, app_units());
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
      report_mismatch(c, t, kCarried, cl, *cf, "结转下年度", "表三“四、结转下年度继续办理”总计",
                      {{"carried_forward", 6}});
    }
  }
}

void review_litigation(const RuleContext& c) {
  const Report& r = c.report;
  if (!r.review) return;
  auto rv = r.review->value("review", 4);
  auto ld = r.review->value("litigation_direct", 4);
  auto la = r.review->value("litigation_after_review", 4);
  std::optional<double> lit;
  if (ld && la) lit = *ld + *la;
  const U32& t = decoded(r.text);
  Region g = overview(r, t);
  struct K { const char32_t* word; std::optional<double> table; const char* what; const char* where; const char* group; };
  const K kinds[] = {
      {U"复议", rv, "行政复议", "表四行政复议“总计”", "review"},
      {U"诉讼", lit, "行政诉讼", "表四行政诉讼两组“总计”之和", "litigation_direct"},
  };
  for (const auto& k : kinds) {
    if (!k.table) continue;
    std::u32string w = k.word;
    for (size_t p = find(t, w, g.b, g.e); p != std::u32string::npos; p = find(t, w, p + 1, g.e)) {
      if (starts_with(t, p, U"复议后") || starts_with(t, p, U"复议机关")) continue;
      size_t ce = clause_end(t, p, std::min(g.e, p + w.size() + 8));
      auto ns = counts(t, p + w.size(), ce, {U"件", U"起", U"宗", U"个"});
      if (ns.empty()) continue;
      auto [sb, se] = sentence_at(t, p);
      if (!contains_any(t, sb, se, {U"信息公开", U"依申请", U"申请"})) continue;
      const Number& n = ns.front();
      if (same(n.value, *k.table)) continue;
      bool sub = sub_unit(r, t, p);
      std::vector<CellRef> cells;
      if (std::string(k.group) == "review") cells = {{"review", 4}};
      else cells = {{"litigation_direct", 4}, {"litigation_after_review", 4}};
      std::string said = "总体情况称“" + quote(t, p, n.ue) + "”（" + k.what + fmt(n.value) + "件）";
      Span sp = span(r.text, t, p, n.ue);
      if (sub)
        c.out.push_back(finding(kScope, Severity::info,
                                said + "，" + k.where + "为" + fmt(*k.table) + "件；该句所述范围似为下属单位，与全表口径可能不同，请核对",
                                sp, "review_litigation", cells));
      else
        c.out.push_back(finding(kReview, Severity::warning, said + "，但" + k.where + "为" + fmt(*k.table) + "件", sp,
                                "review_litigation", cells));
    }
  }
}

// "A件，其中B件，C件…": the parts should add up to the whole (when the list is the whole sentence).
void arithmetic(const RuleContext& c) {
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
      if (in_first) { first_sum += p.value; ++first_group; parts += (parts.empty() ? "" : "+") + fmt(p.value); }
      if (same(run, w.value)) { ok = true; break; }
    }
    if (ok || nparts < 2) continue;
    bool whole_sentence = find(t, U";", lb, se) == std::u32string::npos;
    if (!whole_sentence || first_group < 2 || same(first_sum, w.value)) continue;
    c.out.push_back(finding(kArith, Severity::warning,
                            "总体情况称“" + quote(t, w.b, std::min(se, j + 2)) + "”共" + fmt(w.value) + utf8(w.unit) +
                                "，其中所列各项" + parts + "=" + fmt(first_sum) + utf8(w.unit) + "，合计不符",
                            span(r.text, t, w.b, se)));
  }
}

}  // namespace

std::vector<Rule> narrative_rules() {
  return {
      {{kReceived, Severity::warning, "总体情况所述收到申请数与表三“本年新收”不一致"}, received},
      {{kReplies, Severity::warning, "总体情况所述答复/办结数与表三“(七)总计”不一致"}, replies},
      {{kOutcomes, Severity::warning, "总体情况所述各项办理结果与表三对应行不一致"}, outcomes},
      {{kCarried, Severity::warning, "总体情况所述结转数与表三“上年结转”“结转下年度”不一致"}, carried},
      {{kReview, Severity::warning, "总体情况所述行政复议、行政诉讼数与表四不一致"}, review_litigation},
      {{kScope, Severity::info, "总体情况中下属单位的数字与全表不同（口径可能不同）"}, nullptr},
      {{kArith, Severity::warning, "总体情况中“共A件，其中B件、C件…”各项之和不等于总数"}, arithmetic},
  };
}

}  // namespace xxgk
