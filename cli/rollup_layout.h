#pragma once
// The folder on disk for `xxgk-lint rollup DIR`: the core's roll-up layout (xxgk/rollup_layout.h)
// over the file system.
#include <optional>
#include <string>

#include "xxgk/rollup_layout.h"

namespace xxgk_cli {

// year_of(file) reads a report's year (std::nullopt when unknown or unreadable).
xxgk::LayoutNode read_layout(const std::string& dir, std::optional<int> (*year_of)(const std::string& file));

}  // namespace xxgk_cli
