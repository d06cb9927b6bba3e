// Every input a reader's fuzzer ever crashed on (tests/fuzz/crashers/<kind>/) reads to a result or
// a refusal, quickly, and a result's text is well-formed UTF-8.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../fuzz/fuzz_document.h"
#include "helpers.h"
#include "input.h"
#include "xxgk/document_json.h"

TEST_CASE("fuzz crashers of the readers read to a result or a refusal") {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(XXGK_SOURCE) / "tests/fuzz/crashers";
  size_t n = 0;
  for (const char* kind : {"text", "docx", "html", "pdf_runs"}) {
    if (!fs::is_directory(root / kind)) continue;
    for (const auto& e : fs::directory_iterator(root / kind)) {
      std::ifstream in(e.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      const std::string bytes = ss.str();
      CAPTURE(e.path().string());
      xxgk::ReadResult r;
      const double s = test_doc::seconds([&] {
        r = std::string(kind) == "pdf_runs" ? xxgk::read_pdf_text(xxgk::pdf_text_from_json(bytes))
                                            : xxgk_cli::read_bytes(bytes, std::string("x.") + kind);
      });
      CHECK((r.ok() || !r.message.empty()));
      if (r.ok()) CHECK(fuzz_document::valid_utf8(r.document.text));
      CHECK(s < 2.0);
      ++n;
    }
  }
  MESSAGE(n << " crasher inputs");
}
