#pragma once
// A one-line progress bar on stderr, drawn only when stderr is a terminal.
#include <chrono>
#include <cstddef>
#include <string>

namespace xxgk_cli {

class Progress {
 public:
  Progress(size_t total, bool enabled);
  ~Progress() { clear(); }
  void update(size_t done);
  // Prints a line on stderr without tearing the bar.
  void message(const std::string& line);
  void clear();

 private:
  void draw();
  size_t total_, done_ = 0;
  bool enabled_, shown_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace xxgk_cli
