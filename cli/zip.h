#pragma once
// Minimal ZIP reader: the central directory, stored and deflated entries (zlib). Enough for
// .docx; no ZIP64, no encryption. Sizes are capped against zip bombs.
#include <string>
#include <string_view>

namespace xxgk_cli {

struct ZipEntry {
  bool ok = false;
  std::string data;
  std::string error;  // Chinese reason when !ok
};

// Reads the entry called `name` from the archive in `zip`.
ZipEntry zip_read(std::string_view zip, std::string_view name, size_t max_size = 256u << 20);

}  // namespace xxgk_cli
