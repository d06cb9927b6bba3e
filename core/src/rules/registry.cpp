// Every rule, one line each, in the order they run. A rule's id, severity, message, doc and code
// are in the file named in docs/rules.md next to its id.
#include "rules/rule.h"

namespace xxgk::rulebook {
extern const Rule table_missing, table_incomplete, table_unreadable_row, table_nonstatutory_column, table_format_mismatch;
extern const Rule cell_blank, cell_leading_zero, cell_negative, cell_non_integer, cell_not_a_number, cell_unit;
extern const Rule input_ambiguous_digits, input_unsplittable_digits, input_cells_placed_by_order, input_text_repaired,
    input_several_reports;
extern const Rule requests_row_total, requests_balance, requests_results_total, review_litigation_group_total,
    active_public_total, arithmetic_suggested_fix;
extern const Rule meta_year_mismatch, meta_deadline;
extern const Rule section_missing, section_order, section_renamed, section_duplicate_number, section_empty,
    section_fee_statement, section_improvements, section_fee_notices;
extern const Rule narrative_received, narrative_replies, narrative_outcomes, narrative_carried_over,
    narrative_review_litigation, narrative_scope, narrative_arithmetic;
extern const Rule cross_year_carried_over, cross_year_previous_items, cross_year_agency, cross_year_year,
    cross_year_previous_unreadable, cross_year_text_reuse;
extern const Rule rollup_cell_mismatch, rollup_unit_missing, rollup_unit_year_differs, rollup_not_checked;
}  // namespace xxgk::rulebook

namespace xxgk {

const std::vector<const Rule*>& all_rules() {
  using namespace rulebook;
  static const std::vector<const Rule*> list = {
      // reading: what could not be read, or was read with a caveat
      &table_missing,
      &table_incomplete,
      &table_unreadable_row,
      &table_nonstatutory_column,
      &table_format_mismatch,
      &cell_blank,
      &cell_leading_zero,
      &cell_negative,
      &cell_non_integer,
      &cell_not_a_number,
      &cell_unit,
      &input_ambiguous_digits,
      &input_unsplittable_digits,
      &input_cells_placed_by_order,
      &input_text_repaired,
      &input_several_reports,
      // arithmetic: the format model's relations, then the smallest fix
      &requests_row_total,
      &requests_balance,
      &requests_results_total,
      &review_litigation_group_total,
      &active_public_total,
      &arithmetic_suggested_fix,
      // the rest of the report
      &meta_year_mismatch,
      &meta_deadline,
      &section_missing,
      &section_order,
      &section_renamed,
      &section_duplicate_number,
      &section_empty,
      &section_fee_statement,
      &section_improvements,
      &section_fee_notices,
      &narrative_received,
      &narrative_replies,
      &narrative_outcomes,
      &narrative_carried_over,
      &narrative_review_litigation,
      &narrative_scope,
      &narrative_arithmetic,
      // last year against this year
      &cross_year_carried_over,
      &cross_year_previous_items,
      &cross_year_agency,
      &cross_year_year,
      &cross_year_previous_unreadable,
      &cross_year_text_reuse,
      // a consolidated report against its units (check_rollup, not check)
      &rollup_cell_mismatch,
      &rollup_unit_missing,
      &rollup_unit_year_differs,
      &rollup_not_checked,
  };
  return list;
}

}  // namespace xxgk
