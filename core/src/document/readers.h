#pragma once
// One reader per document kind (bytes in, Document out), chosen by read_document().
#include <string_view>

#include "xxgk/document.h"

namespace xxgk::doc {

ReadResult read_text(std::string_view bytes, const ReadLimits& limits);
ReadResult read_docx(std::string_view bytes, const ReadLimits& limits);
ReadResult read_html(std::string_view bytes, const ReadLimits& limits);

}  // namespace xxgk::doc
