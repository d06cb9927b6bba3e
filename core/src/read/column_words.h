#pragma once
// Header words printed among a table's numbers name the columns of the numbers after them. Text
// taken from a PDF by layout analysis (pdfminer's text boxes; pdftotext without layout) groups the
// header's cells with the first row's: "103 5 申请人情况 法人或其他组织 科研机构 0 社会公益组织
// 法律服务机构 0 0 总 计 110 其 他 2", where 110 is 总计's and 2 is 其他's. Read in text order,
// such numbers land in the wrong columns and make up errors.
#include <string_view>
#include <vector>

#include "read/cell_tokens.h"
#include "xxgk/format_model.h"

namespace xxgk {

enum class TableWithWords { requests, review_litigation };

struct NamedColumns {
  bool said = false;           // header words stand between the numbers, and nothing else does
  std::vector<long> column;    // per token: the column its words name (-1: none)
  bool left_over = false;      // words named more columns than numbers followed before other words
};

// `tokens` in text order. A run of the table's column words (its header in the model) between two
// numbers names the columns of the numbers right after it, in turn; group words (申请人情况,
// 法人或其他组织, 行政复议) name none; a column is its index in the table's columns. Other text
// between the numbers: not said.
NamedColumns named_columns(std::string_view norm, const FormatModel& model, TableWithWords table,
                           const std::vector<NumberToken>& tokens);

// Whether the words say that reading the tokens in text order, `columns` a row (token i in column
// i % columns), is wrong: a number named for another column, or words left over.
bool words_contradict_text_order(const NamedColumns& named, size_t columns);

enum class ColumnWordOrder {
  none,         // no column word between the numbers: nothing said
  agrees,       // every named number stands in its column in text order
  placed,       // the tokens were put in the columns the words name
  contradicts,  // the words say the text order is wrong and do not say the whole order
};

// One row of table 三 (one number per column) in the order the words give: the named numbers in
// their columns, the numbers before the first named one in the columns no word names, in order.
ColumnWordOrder order_by_column_words(std::string_view norm, const FormatModel& model, std::vector<NumberToken>& tokens);

}  // namespace xxgk
