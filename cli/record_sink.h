#pragma once
// Writes the records of a run to standard output, each one whole with one write(2) as soon as it
// is ready, never buffered: a run cut short (out of memory, kill -9) leaves every record already
// written whole. On SIGINT or SIGTERM the record being written is finished, a JSON array is
// closed (so the output parses and holds every finished report), and the process then ends by
// that signal.
#include <string>

namespace xxgk_cli {

enum class Framing { none, json_array };

// Installs the signal handlers; with json_array, writes the opening bracket.
void begin_records(Framing framing);
// One record (a JSON array element without its separator). False when stdout refused it.
bool write_record(const std::string& record);
// Closes the JSON array. False when stdout refused it.
bool end_records();

}  // namespace xxgk_cli
