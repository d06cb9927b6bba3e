// The document model's small pieces that the readers and the checker share (names, text as a
// document). The rest of core/src/document/ is the readers (their own library, xxgk_readers).
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

const char* read_status_name(ReadStatus status) {
  switch (status) {
    case ReadStatus::ok: return "ok";
    case ReadStatus::empty: return "empty";
    case ReadStatus::unsupported: return "unsupported";
    case ReadStatus::too_large: return "too_large";
    case ReadStatus::undecodable: return "undecodable";
    case ReadStatus::damaged: return "damaged";
    case ReadStatus::no_text_layer: return "no_text_layer";
    case ReadStatus::encrypted: return "encrypted";
    case ReadStatus::needs_pdf_runs: return "needs_pdf_runs";
    case ReadStatus::needs_html_tree: return "needs_html_tree";
  }
  return "unsupported";
}

const char* repair_kind_name(ReadingRepair::Kind kind) {
  switch (kind) {
    case ReadingRepair::Kind::invalid_bytes_replaced: return "invalid_bytes_replaced";
    case ReadingRepair::Kind::mixed_encoding: return "mixed_encoding";
    case ReadingRepair::Kind::hidden_text_dropped: return "hidden_text_dropped";
    case ReadingRepair::Kind::page_furniture_dropped: return "page_furniture_dropped";
  }
  return "invalid_bytes_replaced";
}

Document text_document(std::string text) {
  Document d;
  d.text = std::move(text);
  return d;
}

}  // namespace xxgk
