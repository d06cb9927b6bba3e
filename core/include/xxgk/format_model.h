#pragma once
// The statutory formats as data: one FormatModel per format (core/src/format/format_20xx.cpp).
// The parser, the arithmetic rules, the digit-run splitter and the page's table layout all read it.
#include <string>
#include <vector>

namespace xxgk {

struct ColumnSpec {
  std::string key;     // contract key ("natural_person", "upheld", ...) or index name
  std::string label;   // statutory header text (normalised, simplified)
  bool may_be_negative = false;  // 本年增/减
  bool decimal = false;          // money in 万元
};

// A row of a table, or a label-only group row (data == false) that only delimits.
struct RowSpec {
  std::string key;                  // contract key; group rows: "group.<name>"
  std::string number;               // numbering prefix as printed: "一", "(三)", "2"
  std::vector<std::string> labels;  // statutory label first, then known variants (normalised)
  bool data = true;
  bool result = false;              // counts into (七)总计
};

struct SectionSpec {
  int number;                       // 1..6
  std::string title;                // statutory title without the numbering
  std::vector<std::string> variants;
};

// One 第二十条 block of table 二.
struct ActiveBlock {
  std::string key;                  // "article20_1"
  std::string item;                 // "一" as in 第二十条第(一)项
  std::vector<ColumnSpec> columns;
  std::vector<RowSpec> rows;        // keys without the block prefix: "regulations"
};

struct ReviewGroupSpec {
  std::string key;                  // "review", "litigation_direct", "litigation_after_review"
  std::string label;
};

// A linear relation over cells: sum(lhs) == sum(rhs), instantiated per column, per row or
// per group (see relations.h for the expansion into concrete equations).
struct RelationSpec {
  enum class Scope { each_column, each_row, each_group };
  std::string rule;                 // rule id reported when it fails
  std::string table;                // "requests" | "review_litigation"
  Scope scope;
  std::vector<std::string> lhs;     // row keys (each_column) or column keys (each_row/each_group)
  std::vector<std::string> rhs;
  std::string description;          // Chinese wording of the relation, for messages and docs
  std::string lhs_name, rhs_name;   // Chinese names of both sides, for messages
};

struct FormatModel {
  std::string id;                   // "2019" | "2021"
  std::string notice;               // 国办公开办函〔2019〕60号
  int first_year = 0, last_year = 0;  // report years the format applies to (last 0 = open)
  std::vector<SectionSpec> sections;
  std::vector<ActiveBlock> active;
  std::vector<ColumnSpec> request_columns;
  std::vector<RowSpec> request_rows;    // in table order, group rows included
  std::vector<ColumnSpec> review_columns;
  std::vector<ReviewGroupSpec> review_groups;
  std::vector<RelationSpec> relations;
  // Labels only this format prints, per table (format detection: a report may mix the formats).
  std::vector<std::string> distinctive_active_labels, distinctive_request_labels;

  const RowSpec* request_row(const std::string& key) const;
  std::vector<const RowSpec*> request_data_rows() const;
};

const FormatModel& format_2019();
const FormatModel& format_2021();
const std::vector<const FormatModel*>& all_formats();
const FormatModel* format_by_id(const std::string& id);

}  // namespace xxgk
