#pragma once
// What the narrative rules share: the 总体情况 region, statements "verb … N件" found in it, the
// outcome words listed after them, and the table cells they are compared with.
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "rules/rule.h"
#include "text/code_points.h"
#include "text/numbers.h"

namespace xxgk::rulebook::narrative {

using text::Number;
using text::U32;

struct Region { size_t b, e; };
// 总体情况 (section 一); without it, the text before the first section found.
Region overview(const Report& r, const U32& t);
size_t clause_end(const U32& t, size_t p, size_t limit);
bool contains_any(const U32& t, size_t b, size_t e, std::initializer_list<const char32_t*> words);
// The sentence or paragraph names a sub-unit as its subject ("今年法规室共接到…", "市本级…").
bool sub_unit(const Report& r, const U32& t, size_t p);
// The last 40 characters of [b, e), for quoting.
std::string quote(const U32& t, size_t b, size_t e);
bool same(double a, double b);
const std::vector<std::u32string>& application_units();

struct Claim {
  size_t b = 0, e = 0;   // the phrase, verb .. unit
  Number n;
  bool sub = false;
};
// verb … (申请 when required) … N件 in the same clause, within max_gap characters of the verb.
std::vector<Claim> claims(const Report& r, const U32& t, Region g, std::initializer_list<const char32_t*> verbs,
                          bool need_application, size_t max_gap);

// An outcome group of table 三 as the narrative names it: a row or group right under
// 三、本年度办理结果 (the model's), its short label as the word, the data rows it covers.
struct Outcome {
  std::u32string word;                    // "予以公开", "不予公开"
  std::string label;                      // "（三）不予公开"
  std::vector<std::string> rows;          // data rows it covers
};
const std::vector<Outcome>& outcomes(const FormatModel& m);

struct ListedOutcome {
  const Outcome* outcome;
  Number n;
  size_t b;
};
// "予以公开12件；部分公开2件；…" after position p in the same paragraph.
std::vector<ListedOutcome> outcomes_after(const FormatModel& m, const U32& t, size_t p, size_t e);

// Table 三's 总计 column of a row, the sum over rows, and "表三“一、本年新收…”总计".
std::optional<double> total_of(const Report& r, const std::string& row);
std::optional<double> total_of(const Report& r, const std::vector<std::string>& rows);
std::string total_phrase(const FormatModel& m, const std::string& label);
CellRef total_cell(const FormatModel& m, const std::string& row);

// What the 总体情况 states about whole-table figures (收到, 答复/办结, 上年结转, 结转下年度), as
// table-三 cells of the 总计 column with the value the text gives: the smallest-fix search ranks
// its fixes by them. Statements about a sub-unit are left out.
struct Figure {
  CellRef cell;
  double value = 0;
  std::string quote;   // the words that state it
};
std::vector<Figure> narrative_figures(const Report& r, const std::string& table);

// "行政复议N件", "行政诉讼N起" in a sentence about 信息公开 applications: the word ("复议",
// "诉讼") and the number after it, in 总体情况.
std::vector<Claim> review_claims(const Report& r, const U32& t, Region g, const char32_t* word);

// A statement that disagrees with the table: `rule` (warning), or narrative.scope (info) when the
// sentence is about a sub-unit.
void report_mismatch(const RuleContext& c, const Rule& rule, const U32& t, const Claim& cl, double table,
                     const std::string& what_text, const std::string& where_table, const std::string& table_id,
                     std::vector<CellRef> cells, const std::string& extra = {});

}  // namespace xxgk::rulebook::narrative
