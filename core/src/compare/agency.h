#pragma once
// Agency names compared across reports (year pairs, the cross-year rules).
#include <string>

namespace xxgk {

// The name without the words that vary between a government's own reports
// (人民政府/政府/办公室/办公厅).
std::string agency_key(std::string name);
// One key contains the other (the cross-year rules: lenient, a warning at most).
bool same_agency(const std::string& a, const std::string& b);

}  // namespace xxgk
