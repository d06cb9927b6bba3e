#include "read/section_titles.h"
#include "rules/narrative/statements.h"

#include <cmath>

#include "format/per_format.h"
#include "text/compact.h"

namespace xxgk::rulebook {
extern const Rule narrative_scope;
}

namespace xxgk::rulebook::narrative {

using namespace text;

const std::vector<std::u32string>& application_units() {
  static const std::vector<std::u32string> u = {U"件", U"个", U"宗", U"份", U"条"};
  return u;
}

Region overview(const Report& r, const U32& t) {
  for (const auto& s : r.sections)
    if (s.number == 1) return {index_of(t, s.body_begin), index_of(t, s.norm_end)};
  if (!r.sections.empty()) return {0, index_of(t, r.sections.front().norm_begin)};
  return {0, t.size()};
}

namespace {
bool clause_stop(char32_t c) { return c == U'。' || c == U';' || c == U'\n'; }

}  // namespace

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

namespace {
size_t line_begin(const U32& t, size_t p) {
  while (p > 0 && t[p - 1] != U'\n') --p;
  return p;
}

}  // namespace

bool sub_unit(const Report& r, const U32& t, size_t p) {
  size_t lb = line_begin(t, p);
  size_t b = p > lb + 200 ? p - 200 : lb;
  bool agency_office = r.meta.agency && r.meta.agency->find("办公室") != std::string::npos;
  for (size_t i = b; i < p; ++i) {
    char32_t c = t[i];
    if (c == U'室' || c == U'科' || c == U'股') {
      if (i == 0 || !is_han(t[i - 1])) continue;
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
  return utf8(t, b, e);
}

// verb … (申请 when required) … N件 in the same clause.
std::vector<Claim> claims(const Report& r, const U32& t, Region g, std::initializer_list<const char32_t*> verbs,
                          bool need_application, size_t max_gap) {
  std::vector<Claim> out;
  for (const char32_t* v : verbs) {
    std::u32string verb = v;
    for (size_t p = find(t, verb, g.b, g.e); p != std::u32string::npos; p = find(t, verb, p + 1, g.e)) {
      size_t ce = clause_end(t, p, std::min(g.e, p + verb.size() + max_gap));
      auto ns = counts(t, p + verb.size(), ce, application_units());
      if (ns.empty()) continue;
      const Number& n = ns.front();
      // "收到…申请十件,上年结转1件": a number after another figure's words is that figure's.
      if (contains_any(t, p + verb.size(), n.b, {U"结转", U"办结", U"答复", U"其中"})) continue;
      if (need_application && find(t, U"申请", p, n.b) == std::u32string::npos) {
        size_t j = n.ue;  // "收到70件申请", "收到70件政府信息公开申请"
        while (j < t.size() && is_space(t[j])) ++j;
        size_t a = find(t, U"申请", j, std::min(t.size(), j + 10));
        if (a == std::u32string::npos) continue;
        bool crosses = false;
        for (size_t k = j; k < a; ++k) crosses |= t[k] == U'。' || t[k] == U';' || t[k] == U'\n' || t[k] == U',';
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


bool same(double a, double b) { return std::fabs(a - b) < 1e-6; }

namespace {

std::vector<Outcome> build_outcomes(const FormatModel& m) {
  std::vector<Outcome> out;
  const RowSpec* results = nullptr;
  for (const auto& r : m.request_rows)
    if (!r.data && r.parent.empty() && !m.rows_under(r.key).empty()) results = &r;
  if (!results) return out;
  for (const auto& r : m.request_rows) {
    if (r.parent != results->key || (r.data && !r.result)) continue;  // (七)总计 is no outcome
    Outcome o;
    o.word = u(r.short_label());
    o.label = r.display();
    for (const auto* d : m.rows_under(r.key)) o.rows.push_back(d->key);
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace

const std::vector<Outcome>& outcomes(const FormatModel& m) {
  static const PerFormat<std::vector<Outcome>> per_format(build_outcomes);
  return per_format[m];
}

std::vector<ListedOutcome> outcomes_after(const FormatModel& m, const U32& t, size_t p, size_t e) {
  std::vector<ListedOutcome> out;
  size_t lim = std::min(e, p + 400);
  for (const auto& o : outcomes(m)) {
    for (size_t q = find(t, o.word, p, lim); q != std::u32string::npos; q = find(t, o.word, q + 1, lim)) {
      size_t ne = std::min(lim, q + o.word.size() + 4);
      auto ns = counts(t, q + o.word.size(), ne, {U"件", U"个", U"宗"});
      if (ns.empty()) continue;
      out.push_back({&o, ns.front(), q});
      break;
    }
  }
  return out;
}

CellRef total_cell(const FormatModel& m, const std::string& row) { return {row, m.request_column("total")}; }

std::optional<double> total_of(const Report& r, const std::vector<std::string>& rows) {
  if (!r.requests || !r.requests->format || rows.empty()) return std::nullopt;
  double s = 0;
  for (const auto& row : rows) {
    auto v = r.requests->value(row, r.requests->format->request_column("total"));
    if (!v) return std::nullopt;
    s += *v;
  }
  return s;
}

std::optional<double> total_of(const Report& r, const std::string& row) { return total_of(r, std::vector<std::string>{row}); }

std::string total_phrase(const FormatModel& m, const std::string& label) {
  const int total = m.request_column("total");
  return m.table("requests").short_name + "“" + label + "”" + m.request_columns[static_cast<size_t>(total)].label;
}

std::vector<Claim> review_claims(const Report& r, const U32& t, Region g, const char32_t* word) {
  std::vector<Claim> out;
  const std::u32string w = word;
  for (size_t p = find(t, w, g.b, g.e); p != std::u32string::npos; p = find(t, w, p + 1, g.e)) {
    if (starts_with(t, p, U"复议后") || starts_with(t, p, U"复议机关")) continue;
    const size_t ce = clause_end(t, p, std::min(g.e, p + w.size() + 8));
    auto ns = counts(t, p + w.size(), ce, {U"件", U"起", U"宗", U"个"});
    if (ns.empty()) continue;
    auto [sb, se] = sentence_at(t, p);
    if (!contains_any(t, sb, se, {U"信息公开", U"依申请", U"申请"})) continue;
    out.push_back({p, ns.front().ue, ns.front(), sub_unit(r, t, p)});
  }
  return out;
}

std::vector<Figure> narrative_figures(const Report& r, const std::string& table) {
  std::vector<Figure> out;
  const U32& t = decoded(r.text);
  const Region g = overview(r, t);
  if (table == "review_litigation") {
    if (!r.review || !r.review->format) return out;
    const FormatModel& m = *r.review->format;
    for (const auto& cl : review_claims(r, t, g, U"复议")) {
      if (cl.sub) continue;
      out.push_back({{m.review_groups.front().key, m.review_column("total")}, cl.n.value, quote(t, cl.b, cl.e)});
      break;
    }
    return out;
  }
  if (table != "requests" || !r.requests || !r.requests->format) return out;
  const FormatModel& m = *r.requests->format;
  auto first = [&](const char* row, const std::vector<Claim>& found) {
    for (const auto& cl : found) {
      if (cl.sub) continue;
      out.push_back({total_cell(m, row), cl.n.value, quote(t, cl.b, cl.e)});
      return;
    }
  };
  first("new_received", claims(r, t, g, {U"收到", U"新收", U"受理", U"接收", U"接到", U"收悉"}, true, 30));
  first("total", claims(r, t, g, {U"答复", U"办结", U"办理完毕", U"处理完毕", U"回复"}, false, 8));
  first("carried_over", claims(r, t, g, {U"上年结转", U"上年度结转", U"结转上年"}, false, 8));
  first("carried_forward", claims(r, t, g, {U"结转下年", U"结转到下年", U"结转至下年", U"转入下年"}, false, 14));
  return out;
}

void report_mismatch(const RuleContext& c, const Rule& rule, const U32& t, const Claim& cl, double table,
                     const std::string& what_text, const std::string& where_table, const std::string& table_id,
                     std::vector<CellRef> cells, const std::string& extra) {
  const std::string said = text::statutory_title(1) + "称“" + quote(t, cl.b, cl.e) + "”（" + what_text + format_number(cl.n.value) + "件）";
  const Span sp = span(c.report.text, t, cl.b, cl.e);
  if (cl.sub) {
    c.emit(narrative_scope,
           said + "，" + where_table + "为" + format_number(table) + "件；该句所述范围似为下属单位，" +
               "与全表口径可能不同，请核对" + extra,
           sp, table_id, std::move(cells));
    return;
  }
  c.emit(rule, said + "，但" + where_table + "为" + format_number(table) + "件" + extra, sp, table_id, std::move(cells));
}

}  // namespace xxgk::rulebook::narrative
