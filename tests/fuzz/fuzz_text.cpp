// libFuzzer target: the text reader (encoding detection, UTF-16, GB18030, repairs).
#include <cstdint>
#include <cstdlib>

#include "fuzz_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_document::check(xxgk::read_document(fuzz_document::bytes(data, size), "fuzz.txt"));
  return 0;
}
