#pragma once
// xxgk-lint rollup DIR: reads the folder's layout and reports, and prints the core's roll-up.
#include "args.h"

namespace xxgk_cli {

// Exit code: 0 no error finding, 1 some error finding, 2 the consolidated report is missing or
// unreadable, or the usage was wrong.
int run_rollup(const Args& args);

}  // namespace xxgk_cli
