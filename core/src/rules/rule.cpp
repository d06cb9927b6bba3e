#include "rules/rule.h"

namespace xxgk {

Finding& RuleContext::emit(const Rule& rule, std::string message, Span span, std::string table,
                           std::vector<CellRef> cells) const {
  Finding f;
  f.rule = rule.id;
  f.severity = rule.severity;
  f.message = std::move(message);
  f.span = span;
  f.table = std::move(table);
  f.cells = std::move(cells);
  out_.push_back(std::move(f));
  return out_.back();
}

std::string rule_source(const Rule& rule) {
  const std::string file = rule.file;
  const size_t p = file.rfind("core/src/");
  return p == std::string::npos ? file : file.substr(p);
}

std::string rule_fixtures(const Rule& rule) { return std::string("tests/rules/") + rule.id + "/"; }

}  // namespace xxgk
