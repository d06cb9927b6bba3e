#include "rules/reading_repairs.h"

#include "rules/rule.h"
#include "text/utf8.h"

namespace xxgk {
namespace {

const char* rule_id(ReadingRepair::Kind kind) {
  switch (kind) {
    case ReadingRepair::Kind::invalid_bytes_replaced: return "input.invalid_bytes";
    case ReadingRepair::Kind::mixed_encoding: return "input.mixed_encoding";
    case ReadingRepair::Kind::hidden_text_dropped: return "input.hidden_text";
    case ReadingRepair::Kind::page_furniture_dropped: return "input.page_furniture";
  }
  return "input.invalid_bytes";
}

}  // namespace

std::vector<Finding> repair_findings(const Document& document) {
  std::vector<Finding> out;
  // UTF-16 offsets of the repairs' byte ranges (in text order), counted in one pass.
  size_t byte = 0, len = 0;
  int32_t units = 0;
  auto advance_to = [&](size_t target) {
    for (; byte < target && byte < document.text.size(); byte += len) units += utf8::utf16_units(utf8::decode(document.text, byte, len));
    return units;
  };
  for (const ReadingRepair& r : document.repairs) {
    if (r.begin < byte) { byte = 0; units = 0; }
    Finding f;
    f.rule = rule_id(r.kind);
    for (const Rule& rule : all_rules())
      if (rule.info.id == f.rule) f.severity = rule.info.severity;
    f.message = r.detail;
    f.span.begin = advance_to(r.begin);
    f.span.end = advance_to(r.end);
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace xxgk
