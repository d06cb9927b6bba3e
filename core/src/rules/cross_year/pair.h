#pragma once
// What the cross-year rules share: whether the two reports are consecutive years.
#include <initializer_list>
#include <string>

#include "compare/agency.h"
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
