#pragma once
// Reads the bytes of one input, bounded: a regular file (special files are refused without being
// opened for reading, so a FIFO cannot block the batch) or standard input, at most `max_bytes`
// (xxgk::ReadLimits::max_input_bytes); anything larger is refused, not read to the end.
#include <cstddef>
#include <string>

namespace xxgk_cli {

struct FileBytes {
  bool ok = false;
  std::string bytes;
  std::string message;  // Chinese, one cause, when !ok
};

FileBytes read_file_bytes(const std::string& path, size_t max_bytes);
FileBytes read_stdin_bytes(size_t max_bytes);

}  // namespace xxgk_cli
