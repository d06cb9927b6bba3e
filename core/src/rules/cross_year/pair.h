#pragma once
// What the cross-year rules share: whether the two reports are consecutive years.
#include <initializer_list>
#include <string>

#include "rules/rule.h"

namespace xxgk::rulebook {

// Unknown years do not block the comparison; cross_year.year says they are unknown.
inline bool consecutive(const RuleContext& c) {
  const Meta& m = c.report.meta;
  const Meta& p = c.previous->meta;
  return !(m.year && p.year) || *p.year + 1 == *m.year;
}

inline Span first_valid(std::initializer_list<Span> spans) {
  for (Span s : spans)
    if (s.valid()) return s;
  return Span{0, 0};
}

}  // namespace xxgk::rulebook

namespace xxgk::rulebook {

// Agency names compared without the words that vary between a government's own reports
// (人民政府/政府/办公室/办公厅): one contains the other.
inline bool same_agency(std::string a, std::string b) {
  for (std::string* s : {&a, &b})
    for (const char* word : {"人民政府", "政府", "办公室", "办公厅"})
      for (size_t p; (p = s->find(word)) != std::string::npos;) s->erase(p, std::string(word).size());
  return a == b || a.find(b) != std::string::npos || b.find(a) != std::string::npos;
}

}  // namespace xxgk::rulebook
