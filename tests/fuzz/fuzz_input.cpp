// libFuzzer target over the CLI's input readers: byte decoding, HTML and .docx extraction.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "decode.h"
#include "docx.h"
#include "html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto d = xxgk_cli::decode_text(bytes);
  if (d.ok && !xxgk_cli::is_valid_utf8(d.utf8)) std::abort();
  if (d.ok) {
    const std::string t = xxgk_cli::html_to_text(d.utf8);
    if (!xxgk_cli::is_valid_utf8(t)) std::abort();
  }
  (void)xxgk_cli::wordml_to_text(bytes);
  (void)xxgk_cli::docx_to_text(bytes);
  return 0;
}
