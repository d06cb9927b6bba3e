// Lookups over the format models; the models themselves are data (format_20xx.cpp).
#include <algorithm>

#include "xxgk/format_model.h"

namespace xxgk {

const std::vector<const FormatModel*>& all_formats() {
  static const std::vector<const FormatModel*> formats = {&format_2019(), &format_2021()};
  return formats;
}

const FormatModel* format_by_id(const std::string& id) {
  for (const auto* f : all_formats())
    if (f->id == id) return f;
  return nullptr;
}

const FormatModel& format_for_year(int year) {
  for (const auto* f : all_formats())
    if (f->applies_to_year(year)) return *f;
  return *all_formats().back();
}

const std::string& RowSpec::short_label() const {
  return *std::min_element(labels.begin(), labels.end(),
                           [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
}

std::string RowSpec::display() const {
  if (number.empty()) return label();
  if (number.front() == '(') return "（" + number.substr(1, number.size() - 2) + "）" + label();
  if (number[0] >= '0' && number[0] <= '9') return number + "." + label();
  return number + "、" + label();
}

std::string ActiveBlock::caption() const { return "第二十条第(" + item + ")项"; }
std::string ActiveBlock::display_caption() const { return "第二十条第（" + item + "）项"; }

const TableSpec& FormatModel::table(const std::string& id) const {
  for (const auto& t : tables)
    if (t.id == id) return t;
  return tables.front();
}

const SectionSpec* FormatModel::section(int number) const {
  for (const auto& s : sections)
    if (s.number == number) return &s;
  return nullptr;
}

const RowSpec* FormatModel::request_row(const std::string& key) const {
  for (const auto& r : request_rows)
    if (r.key == key) return &r;
  return nullptr;
}

std::vector<const RowSpec*> FormatModel::request_data_rows() const {
  std::vector<const RowSpec*> out;
  for (const auto& r : request_rows)
    if (r.data) out.push_back(&r);
  return out;
}

std::vector<const RowSpec*> FormatModel::rows_under(const std::string& key) const {
  std::vector<const RowSpec*> out;
  for (const auto& r : request_rows) {
    if (!r.data) continue;
    // r sits under key when key is r itself or one of its ancestors.
    for (const RowSpec* a = &r; a; a = a->parent.empty() ? nullptr : request_row(a->parent)) {
      if (a->key == key) { out.push_back(&r); break; }
    }
  }
  return out;
}

namespace {
int index_of(const std::vector<ColumnSpec>& columns, const std::string& key) {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i].key == key) return static_cast<int>(i);
  return -1;
}
}  // namespace

int FormatModel::request_column(const std::string& key) const { return index_of(request_columns, key); }
int FormatModel::review_column(const std::string& key) const { return index_of(review_columns, key); }

const ActiveBlock* FormatModel::active_block(const std::string& key) const {
  for (const auto& b : active)
    if (b.key == key) return &b;
  return nullptr;
}

}  // namespace xxgk
