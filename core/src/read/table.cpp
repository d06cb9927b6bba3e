#include "xxgk/report.h"

namespace xxgk {

const Row* Table::row(const std::string& key) const {
  for (const auto& r : rows)
    if (r.key == key) return &r;
  return nullptr;
}

Row* Table::row(const std::string& key) {
  for (auto& r : rows)
    if (r.key == key) return &r;
  return nullptr;
}

const Cell* Table::cell(const std::string& key, int column) const {
  const Row* r = row(key);
  if (!r || column < 0 || column >= static_cast<int>(r->cells.size())) return nullptr;
  return &r->cells[static_cast<size_t>(column)];
}

std::optional<double> Table::value(const std::string& key, int column) const {
  const Cell* c = cell(key, column);
  return c ? c->value : std::nullopt;
}

bool Table::any_found() const {
  for (const auto& r : rows)
    if (r.found) return true;
  return false;
}

}  // namespace xxgk
