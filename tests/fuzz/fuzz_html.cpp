// libFuzzer target: the HTML reader as the CLI reads pages (charset, unterminated markup, gumbo's
// tree → tables with spans, hidden elements).
#include <cstdint>

#include "fuzz_document.h"
#include "input.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_document::check(xxgk_cli::read_bytes(fuzz_document::bytes(data, size), "fuzz.html"));
  return 0;
}
