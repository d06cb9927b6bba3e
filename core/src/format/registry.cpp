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

}  // namespace xxgk
