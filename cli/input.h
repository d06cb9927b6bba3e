#pragma once
// Reads one input (a file path or "-" for stdin) into a Document for the checker: the bytes, read
// bounded (read_file.h), go to the core's read_document (text, .docx, HTML); PDFs go through
// poppler to the core's layout, HTML pages through gumbo to the core's HTML reader.
#include <string>
#include <string_view>

#include "xxgk/document.h"

namespace xxgk_cli {

struct Input {
  bool ok = false;
  xxgk::Document document;
  std::string error;   // Chinese reason when !ok ("文件不存在", "文件为空", ...)
  std::string sha256;  // of the bytes read, when they could be read
};

Input read_input(const std::string& path);
// The bytes of one document, read as the CLI reads them (read_document, then poppler or gumbo
// where it asks for them).
xxgk::ReadResult read_bytes(std::string_view bytes, std::string_view name, const xxgk::ReadLimits& limits = {});
// Lower-case extension with the dot (".docx"), or "".
std::string extension_of(const std::string& path);

}  // namespace xxgk_cli
