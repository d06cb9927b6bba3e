#pragma once
// Reads entries of a zip archive (the .docx container) with zlib's inflate, under ReadLimits:
// declared sizes are checked before inflating, and inflating stops as soon as an entry passes
// its size or ratio limit or all entries together pass the total (a zip bomb is refused at once).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xxgk/document.h"

namespace xxgk::doc {

class ZipArchive {
 public:
  // Reads the central directory; on failure `error()` says why (ok() false).
  ZipArchive(std::string_view bytes, const ReadLimits& limits);
  bool ok() const { return error_.status == ReadStatus::ok; }
  const ReadResult& error() const { return error_; }
  bool has(std::string_view name) const;
  // The inflated entry, or nullopt with error() set (missing entries: nullopt, error() unchanged).
  std::optional<std::string> read(std::string_view name);

 private:
  struct Entry {
    std::string name;
    uint32_t flags = 0, method = 0, crc = 0;
    uint64_t compressed = 0, size = 0, local_offset = 0;
  };
  std::string_view bytes_;
  ReadLimits limits_;
  std::vector<Entry> entries_;
  size_t inflated_total_ = 0;
  ReadResult error_;
};

}  // namespace xxgk::doc
