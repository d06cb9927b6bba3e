#pragma once
// Expands the command line's FILE|DIR|- arguments into the list of inputs: files as given,
// directories recursively (.txt .md .html .htm .docx .pdf), each argument's files in sorted order.
// What a directory holds but cannot be read (a FIFO, a socket or a device with a report's name, a
// dangling symlink, a symlink loop, a directory that cannot be opened) is an input too, with the
// reason, so that nothing is skipped without a word.
#include <string>
#include <vector>

namespace xxgk_cli {

struct InputRef {
  std::string path;     // a file, "-", or what the folder held
  std::string problem;  // Chinese reason it cannot be read, found while listing; "" when unknown yet
};

std::vector<InputRef> expand_inputs(const std::vector<std::string>& args);

}  // namespace xxgk_cli
