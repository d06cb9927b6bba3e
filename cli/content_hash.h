#pragma once
// The content hash a record carries, so reports can be joined and deduplicated with ordinary tools.
#include <string>
#include <string_view>

namespace xxgk_cli {

// SHA-256 of the bytes, 64 lower-case hex digits (what `sha256sum` prints).
std::string sha256_hex(std::string_view bytes);

}  // namespace xxgk_cli
