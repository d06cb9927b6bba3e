// libFuzzer target over xxgk::check(): any bytes must give a result and valid contract JSON,
// never a crash, a hang or a sanitizer report.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "xxgk/check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  xxgk::Options options;
  // A leading "\x01" splits the input into this year's and last year's report (cross-year rules).
  std::string_view current = text;
  if (size > 1 && data[0] == 0x01) {
    const size_t cut = text.find('\x01', 1);
    if (cut != std::string_view::npos) {
      options.previous = xxgk::text_document(std::string(text.substr(1, cut - 1)));
      current = text.substr(cut + 1);
    }
  }
  const xxgk::Result r = xxgk::check(current, options);
  const std::string json = xxgk::to_json(r);
  // The contract writer must always produce parsable JSON.
  if (!nlohmann::json::accept(json)) std::abort();
  for (const auto& f : r.findings) {
    if (f.span.valid()) (void)r.report.text.line_col(f.span.begin);
  }
  return 0;
}
