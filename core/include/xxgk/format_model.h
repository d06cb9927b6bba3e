#pragma once
// The statutory formats as data: one FormatModel per format (core/src/format/format_20xx.cpp hold
// what differs, shared_parts.cpp what both share). The readers, the rules, the smallest-fix
// search and the page (through model_json()) all read it; nothing else declares a label.
#include <string>
#include <vector>

namespace xxgk {

struct ColumnSpec {
  std::string key;               // contract key ("natural_person", "upheld", …)
  std::string label;             // header text as printed (normalised, simplified)
  std::string name;              // in messages where the label alone is ambiguous; empty: the label
  std::string unit;              // "件", "万元", "个", …
  bool may_be_negative = false;  // 本年增/减
  bool decimal = false;          // money in 万元

  const std::string& display_name() const { return name.empty() ? label : name; }
};

// A row of a table, or a label-only group row (data == false) that only delimits.
struct RowSpec {
  std::string key;                  // contract key; group rows: "group.<name>"
  std::string number;               // numbering as printed, normalised: "一", "(三)", "2"; "" none
  std::vector<std::string> labels;  // statutory label first, then known variants (normalised)
  bool data = true;
  bool result = false;              // one of the 办理结果 rows that add up to (七)总计
  std::string parent;               // key of the group row it sits under; "" at the top

  const std::string& label() const { return labels.front(); }
  // The shortest variant ("部分公开"): how the narrative names the row.
  const std::string& short_label() const;
  // Numbering and statutory label as printed: "（一）予以公开", "1.属于国家秘密", "一、本年新收…".
  std::string display() const;
};

// One cell of a header band, as printed: a label over colspan × rowspan slots. A leaf cell (one
// that names a data column) carries its column key, and for table 四 its group key.
struct HeaderCell {
  std::string label;
  int colspan = 1, rowspan = 1;
  std::string group, column;
};
using HeaderBands = std::vector<std::vector<HeaderCell>>;

// What the format asks a section to report, and the words any one of which shows it is there.
struct TopicSpec {
  std::string key;                   // "fees", "problems", "improvements"
  std::string what;                  // Chinese, for messages
  std::vector<std::string> words;
};

struct SectionSpec {
  int number = 0;                     // 1..6
  std::string title;                  // statutory title without the numbering
  std::vector<std::string> variants;  // other wordings real reports use
  std::vector<std::string> keywords;  // a renamed heading that still names this section
  std::vector<TopicSpec> topics;      // what the format asks this section to report
};

// What identifies a table in the text and how it is printed.
struct TableSpec {
  std::string id;                     // "active" | "requests" | "review_litigation"
  int section = 0;                    // the section the table sits in
  std::string short_name;             // "表三"
  std::string name;                   // "收到和处理政府信息公开申请情况"
  HeaderBands header;                 // table 三 and 四: the bands above the data rows
  std::string corner;                 // table 三: the note in the header's top-left cell
  int label_columns = 1;              // slots the row labels take (table 三: 3)
  std::vector<std::string> header_words;  // every word printed in the header (derived)

  std::string title() const { return short_name + "（" + name + "）"; }
};

// One 第二十条 block of table 二.
struct ActiveBlock {
  std::string key;                  // "article20_1"
  std::string item;                 // "一" as in 第二十条第(一)项
  std::string label_header;         // the header over the row labels ("信息内容")
  std::vector<ColumnSpec> columns;
  std::vector<RowSpec> rows;        // keys without the block prefix: "regulations"

  std::string caption() const;      // "第二十条第(一)项" (normalised)
  std::string display_caption() const;  // "第二十条第（一）项"
};

struct ReviewGroupSpec {
  std::string key;                  // "review", "litigation_direct", "litigation_after_review"
  std::string label;                // as printed in the header
  std::string name;                 // in messages ("行政诉讼·未经复议直接起诉")
};

// A linear relation over cells, instantiated per column (over rows), per row (over columns) or
// per group of table 四: sum(lhs) op sum(rhs). Expanded into equations by format/relations.h.
struct RelationSpec {
  enum class Scope { each_column, each_row, each_group };
  enum class Op { equal, at_most };  // at_most: sum(lhs) <= sum(rhs)
  std::string rule;                 // the rule id reported when it fails
  std::string table;                // "requests" | "review_litigation" | "active"
  Scope scope = Scope::each_column;
  std::string block;                // table 二: the block whose rows it applies to
  std::vector<std::string> lhs;     // row keys (each_column) or column keys (each_row/each_group)
  Op op = Op::equal;
  std::vector<std::string> rhs;
  std::string description;          // Chinese wording of the relation, for messages and docs
  std::string lhs_name, rhs_name;   // Chinese names of both sides, for messages
};

// A relation between this year's report and last year's: sum(current) == sum(previous), per
// column (table 三) or per row of a table-二 block.
struct CrossYearSpec {
  std::string rule;
  std::string table;
  RelationSpec::Scope scope = RelationSpec::Scope::each_column;
  std::string block;                // table 二
  std::vector<std::string> current;   // this year's row keys (each_column) or column keys (each_row)
  std::vector<std::string> previous;  // last year's
  std::string description;
  bool heuristic = false;           // format.md: a heuristic only (amendments break it)
};

// A cell, or the cells of a group of rows, in one column: table 三's row or group row ("group.denied":
// every data row under it), or table 四's group; the column by key.
struct CellTerm {
  std::string row;
  std::string column;
};

// An indicator evaluators score, computed the same way for every report: sum(numerator) /
// sum(denominator) over cells of one table, or (table empty) a measure of the narrative text of
// `sections` against last year's (text_reuse).
struct MetricSpec {
  std::string key;                 // "substantive_disclosure_rate"
  std::string name;                // Chinese, as evaluators call it
  std::string definition;          // one line, Chinese
  std::string table;               // "requests" | "review_litigation" | "" (a text measure)
  std::vector<CellTerm> numerator, denominator;
  std::vector<int> sections;       // a text measure: the sections it reads
};

// A figure of a table shown in summaries (CSV, xlsx), under a short label.
struct SummaryFigure {
  std::string key;                 // "new_received_total"
  std::string label;               // Chinese column header
  std::string table;
  CellTerm cell;
};

struct FormatModel {
  std::string id;                   // "2019" | "2021"
  std::string notice;               // 国办公开办函〔2019〕60号
  int first_year = 0, last_year = 0;  // report years the format applies to (last 0 = open)
  std::vector<SectionSpec> sections;
  std::vector<TableSpec> tables;    // 二, 三, 四
  std::vector<ActiveBlock> active;
  std::vector<ColumnSpec> request_columns;
  // Not statutory: some templates print a 法人或其他组织 小计 column right before 总计 (format.md
  // §6.1). A table whose header prints it is read with it, and it is set aside.
  ColumnSpec request_subtotal;
  std::vector<RowSpec> request_rows;    // in table order, group rows included
  std::vector<ColumnSpec> review_columns;
  std::vector<ReviewGroupSpec> review_groups;
  std::vector<RelationSpec> relations;
  std::vector<CrossYearSpec> cross_year;
  // Labels only this format prints, per table (format detection: a report may mix the formats).
  std::vector<std::string> distinctive_active_labels, distinctive_request_labels;
  // Examples of what this format prints that the other does not, for messages.
  std::vector<std::string> example_labels;

  const TableSpec& table(const std::string& id) const;
  const SectionSpec* section(int number) const;
  const RowSpec* request_row(const std::string& key) const;
  std::vector<const RowSpec*> request_data_rows() const;
  // The data rows under a group row (and under its sub-groups), or the row itself.
  std::vector<const RowSpec*> rows_under(const std::string& key) const;
  int request_column(const std::string& key) const;   // index, -1 when absent
  int review_column(const std::string& key) const;
  const ActiveBlock* active_block(const std::string& key) const;
  bool applies_to_year(int year) const {
    return year >= first_year && (last_year == 0 || year <= last_year);
  }
};

const FormatModel& format_2019();
// The indicators and summary figures: the same for both formats (the row keys they name are shared).
const std::vector<MetricSpec>& metric_specs();
const MetricSpec* metric_spec(const std::string& key);
const std::vector<SummaryFigure>& summary_figures();
const FormatModel& format_2021();
const std::vector<const FormatModel*>& all_formats();
const FormatModel* format_by_id(const std::string& id);
// The format that applies to a report year (the newest when the year is unknown).
const FormatModel& format_for_year(int year);

// Every format as JSON (docs/architecture.md, "Model JSON"): what the page and the test tools
// render headers and labels from.
std::string model_json();

}  // namespace xxgk
