// libFuzzer target: the PDF layout, fed the runs JSON the page sends (xxgk/document_json.h).
#include <cstdint>

#include "fuzz_document.h"
#include "xxgk/document_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz_document::check(xxgk::read_pdf_text(xxgk::pdf_text_from_json(fuzz_document::bytes(data, size))));
  return 0;
}
