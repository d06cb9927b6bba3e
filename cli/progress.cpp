#include "progress.h"

#include <unistd.h>

#include <cstdio>

namespace xxgk_cli {

Progress::Progress(size_t total, bool enabled)
    : total_(total), enabled_(enabled && total > 1 && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::update(size_t done) {
  if (!enabled_) return;
  done_ = done;
  const auto now = std::chrono::steady_clock::now();
  // Redraw at most 10 times a second, and not at all for batches done within 300 ms.
  if (now - start_ < std::chrono::milliseconds(300) || (shown_ && now - last_ < std::chrono::milliseconds(100) && done < total_))
    return;
  last_ = now;
  draw();
}

void Progress::draw() {
  constexpr int kWidth = 30;
  const int filled = total_ ? static_cast<int>(kWidth * done_ / total_) : kWidth;
  std::string bar(static_cast<size_t>(filled), '#');
  bar.append(static_cast<size_t>(kWidth - filled), '.');
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::fprintf(stderr, "\r\033[K[%s] %zu/%zu 份报告  %.1f 秒", bar.c_str(), done_, total_, secs);
  std::fflush(stderr);
  shown_ = true;
}

void Progress::message(const std::string& line) {
  if (shown_) std::fputs("\r\033[K", stderr);
  std::fputs(line.c_str(), stderr);
  std::fputc('\n', stderr);
  if (shown_) draw();
  std::fflush(stderr);
}

void Progress::clear() {
  if (!shown_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

}  // namespace xxgk_cli
