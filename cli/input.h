#pragma once
// Reads one input (a file path or "-" for stdin) into UTF-8 text for the checker, choosing the
// reader by extension: .docx (ZIP + WordprocessingML), .html/.htm (tags stripped), else text.
#include <string>

namespace xxgk_cli {

struct Input {
  bool ok = false;
  std::string text;    // UTF-8
  std::string error;   // Chinese reason when !ok ("文件不存在", "文件为空", ...)
};

Input read_input(const std::string& path);
// Lower-case extension with the dot (".docx"), or "".
std::string extension_of(const std::string& path);

}  // namespace xxgk_cli
