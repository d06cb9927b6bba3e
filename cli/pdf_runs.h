#pragma once
// The CLI's PDF text: poppler (Debian's libpoppler-cpp, GPL) gives every word with its box; the
// core's one layout algorithm (document_from_pdf_runs) makes the Document, as for the page.
#include <string_view>

#include "xxgk/document.h"

namespace xxgk_cli {

xxgk::ReadResult read_pdf(std::string_view bytes, const xxgk::ReadLimits& limits = {});

}  // namespace xxgk_cli
