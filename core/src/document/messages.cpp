#include "document/messages.h"

namespace xxgk::doc {

ReadResult refuse(ReadStatus status, std::string message) {
  ReadResult r;
  r.status = status;
  r.message = std::move(message);
  return r;
}

ReadResult too_large(const char* what, size_t limit_bytes) {
  return refuse(ReadStatus::too_large,
                std::string(what) + "超过 " + std::to_string(limit_bytes >> 20) + " MB 的上限，已拒绝读取");
}

}  // namespace xxgk::doc

namespace xxgk {

ReadResult read_failure(ReadStatus status) {
  switch (status) {
    case ReadStatus::ok: return {};
    case ReadStatus::empty: return doc::refuse(status, doc::msg::kEmptyFile);
    case ReadStatus::unsupported: return doc::refuse(status, doc::msg::kOtherBinary);
    case ReadStatus::too_large: return doc::refuse(status, "文件过大，已拒绝读取");
    case ReadStatus::undecodable: return doc::refuse(status, doc::msg::kUndecodable);
    case ReadStatus::damaged: return doc::refuse(status, doc::msg::kDamagedPdf);
    case ReadStatus::no_text_layer: return doc::refuse(status, doc::msg::kNoTextLayer);
    case ReadStatus::encrypted: return doc::refuse(status, doc::msg::kEncryptedPdf);
    case ReadStatus::needs_pdf_runs: return doc::refuse(status, doc::msg::kNeedsPdfRuns);
    case ReadStatus::needs_html_tree: return doc::refuse(status, doc::msg::kNeedsHtmlTree);
  }
  return doc::refuse(status, doc::msg::kOtherBinary);
}

}  // namespace xxgk
