#pragma once
// Command-line options of xxgk-lint.
#include <string>
#include <vector>

namespace xxgk_cli {

enum class Format { text, json, jsonl, csv };

struct Args {
  Format format = Format::text;
  std::string previous;          // --previous FILE
  std::string xlsx;              // --xlsx FILE: also an Excel workbook (summary; one report's tables)
  unsigned jobs = 0;             // -j N; 0 = all cores
  bool quiet = false;
  bool print_text = false;       // --print-text: print the text as read, do not check
  bool help = false, version = false, list_rules = false;
  bool rules_doc = false;        // --rules-doc: docs/rules.md from the registry
  bool metrics_doc = false;      // --metrics-doc: docs/metrics.md from the indicators' definitions
  bool model = false;            // --model: the statutory formats as JSON
  bool rollup = false;           // `rollup DIR`: a consolidated report against its units
  std::vector<std::string> inputs;
  std::string error;             // Chinese usage error, empty when the line parsed
};

Args parse_args(int argc, char** argv);
const char* usage();

}  // namespace xxgk_cli
