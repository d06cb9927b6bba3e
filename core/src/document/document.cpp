// The document model's small pieces that every reader shares.
#include "xxgk/document.h"

namespace xxgk {

const char* source_kind_name(SourceKind kind) {
  switch (kind) {
    case SourceKind::docx: return "docx";
    case SourceKind::html: return "html";
    case SourceKind::pdf: return "pdf";
    default: return "text";
  }
}

Document text_document(std::string text) {
  Document d;
  d.text = std::move(text);
  return d;
}

}  // namespace xxgk
