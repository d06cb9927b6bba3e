// libFuzzer target: the .docx reader (zip, inflate under limits, WordprocessingML, merges).
#include <cstdint>

#include "fuzz_document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_document::check(xxgk::read_document(fuzz_document::bytes(data, size), "fuzz.docx"));
  return 0;
}
