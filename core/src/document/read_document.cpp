// read_document(): the bytes' kind chooses the reader; kinds we do not read are refused with a
// message that says what to do.
#include "document/messages.h"
#include "document/readers.h"
#include "document/sniff.h"
#include "document/text_decode.h"

namespace xxgk {
namespace doc {

ReadResult read_text(std::string_view bytes, const ReadLimits& limits) {
  DecodedText d = decode_text(bytes);
  if (d.status != ReadStatus::ok) return refuse(d.status, d.message);
  if (d.text.size() > limits.max_text_bytes) return too_large("文本", limits.max_text_bytes);
  ReadResult r;
  r.document.kind = SourceKind::text;
  r.document.text = std::move(d.text);
  r.document.encoding = std::move(d.encoding);
  r.document.repairs = std::move(d.repairs);
  return r;
}

}  // namespace doc

ReadResult read_document(std::string_view bytes, std::string_view name, const ReadLimits& limits) {
  using doc::InputKind;
  if (bytes.size() > limits.max_input_bytes) return doc::too_large("文件", limits.max_input_bytes);
  if (bytes.empty()) return doc::refuse(ReadStatus::empty, doc::msg::kEmptyFile);
  switch (doc::detect_input_kind(bytes, name)) {
    case InputKind::text: return doc::read_text(bytes, limits);
    case InputKind::html: return doc::read_html(bytes, limits);
    case InputKind::docx: return doc::read_docx(bytes, limits);
    case InputKind::pdf: return read_failure(ReadStatus::needs_pdf_runs);
    case InputKind::legacy_word: return doc::refuse(ReadStatus::unsupported, doc::msg::kLegacyWord);
    case InputKind::rtf: return doc::refuse(ReadStatus::unsupported, doc::msg::kRtf);
    case InputKind::encrypted_word: return doc::refuse(ReadStatus::encrypted, doc::msg::kEncryptedWord);
    case InputKind::image: return doc::refuse(ReadStatus::unsupported, doc::msg::kImage);
    case InputKind::other_binary: return doc::refuse(ReadStatus::unsupported, doc::msg::kOtherBinary);
  }
  return doc::refuse(ReadStatus::unsupported, doc::msg::kOtherBinary);
}

}  // namespace xxgk
