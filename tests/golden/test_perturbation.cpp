// Changing any single number of a consistent table (seeds 000, 001 and the tab-separated dev
// report) must yield an arithmetic error naming that cell.
#include <doctest/doctest.h>
#include <unicode/unistr.h>

#include "corpus.h"

namespace {

// Replaces the UTF-16 range [b, e) of a UTF-8 text.
std::string replace_utf16(const std::string& text, int b, int e, const std::string& with) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
  u.replace(b, e - b, icu::UnicodeString::fromUTF8(with));
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool error_names(const nlohmann::json& result, const std::string& table, const std::string& row,
                 const nlohmann::json& column) {
  for (const auto& f : result["findings"]) {
    if (f["severity"] != "error" || f["table"] != table) continue;
    for (const auto& c : f["cells"])
      if (c[0] == row && c[1] == column) return true;
  }
  return false;
}

void perturb_all(const golden::Report& report) {
  const auto base = golden::result_json(report.text);
  const auto& spans = base["cell_spans"];
  size_t tried = 0;
  for (const char* table : {"requests", "review_litigation"}) {
    for (const auto& entry : spans[table].items()) {
      const std::string row = entry.key();  // a plain variable: clang refuses bindings in INFO's lambda
      const auto& cells = entry.value();
      for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].is_null()) continue;
        const int b = cells[c][0], e = cells[c][1];
        const std::string old_text = [&] {
          icu::UnicodeString u = icu::UnicodeString::fromUTF8(report.text);
          std::string s;
          u.tempSubStringBetween(b, e).toUTF8String(s);
          return s;
        }();
        if (old_text.empty()) continue;  // a blank cell
        const long long old_value = std::stoll(old_text);
        const std::string changed = replace_utf16(report.text, b, e, std::to_string(old_value + 7));
        const auto result = golden::result_json(changed);
        const nlohmann::json column = std::string(table) == "requests"
                                          ? nlohmann::json(c)
                                          : nlohmann::json(std::vector<std::string>{"upheld", "corrected", "other", "pending", "total"}[c]);
        INFO(report.name << " " << table << " " << row << " column " << c << " " << old_text << "+7");
        CHECK(error_names(result, table, row, column));
        ++tried;
      }
    }
  }
  CHECK(tried > 50);
}

}  // namespace

TEST_CASE("one cell +7 in a consistent table always gives an error naming that cell") {
  for (const auto& folder : {"seeds", "dev"}) {
    for (const auto& report : golden::corpus(folder)) {
      const bool consistent_one_cell_per_line =
          report.name.rfind("000", 0) == 0 || report.name.rfind("001", 0) == 0 || report.name.rfind("05_", 0) == 0;
      if (!consistent_one_cell_per_line) continue;
      SUBCASE(report.name.c_str()) { perturb_all(report); }
    }
  }
}
