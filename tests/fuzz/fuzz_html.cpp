// libFuzzer target: the HTML reader (charset, gumbo, tables with spans, unterminated markup).
#include <cstdint>

#include "fuzz_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_document::check(xxgk::read_document(fuzz_document::bytes(data, size), "fuzz.html"));
  return 0;
}
