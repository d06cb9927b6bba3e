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
  }
  return doc::refuse(status, doc::msg::kOtherBinary);
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

}  // namespace xxgk
