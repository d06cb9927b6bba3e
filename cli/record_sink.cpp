#include "record_sink.h"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace xxgk_cli {
namespace {

// Who may write to stdout now: the batch (one record at a time) or, once, a signal handler.
enum State : int { idle, writing, ending };
std::atomic<int> g_state{idle};
std::atomic<int> g_pending_signal{0};
std::atomic<bool> g_array_open{false};
std::atomic<bool> g_array_empty{true};

// Async-signal-safe: only write(2).
bool write_all(int fd, const char* p, size_t n) {
  while (n > 0) {
    const ssize_t k = ::write(fd, p, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    p += k;
    n -= static_cast<size_t>(k);
  }
  return true;
}

bool write_all(const std::string& s) { return write_all(STDOUT_FILENO, s.data(), s.size()); }

const char* array_close() { return g_array_empty ? "]\n" : "\n]\n"; }

// Runs with g_state == ending: nothing else writes to stdout any more.
[[noreturn]] void end_by_signal(int sig) {
  if (g_array_open) write_all(STDOUT_FILENO, array_close(), std::strlen(array_close()));
  static const char kNote[] = "xxgk-lint: 已中断；已完成的报告的结果都已完整输出\n";
  write_all(STDERR_FILENO, kNote, sizeof kNote - 1);
  struct sigaction dfl {};
  dfl.sa_handler = SIG_DFL;
  sigemptyset(&dfl.sa_mask);
  sigaction(sig, &dfl, nullptr);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, sig);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  raise(sig);  // the parent sees the process end by the signal it sent
  for (;;) pause();
}

void on_signal(int sig) {
  const int saved = errno;
  g_pending_signal = sig;
  int expected = idle;
  if (g_state.compare_exchange_strong(expected, ending)) end_by_signal(sig);
  errno = saved;  // a record is being written: write_record ends the process after it
}

// Takes stdout for one record; false when a signal handler is ending the process.
bool acquire() {
  int expected = idle;
  return g_state.compare_exchange_strong(expected, writing);
}

void release() {
  g_state = idle;
  if (const int sig = g_pending_signal) {
    int expected = idle;
    if (g_state.compare_exchange_strong(expected, ending)) end_by_signal(sig);
  }
}

// Writes s as the only writer, then notes what it changed (`after`) in the same turn, so that a
// signal handler always sees the array state matching what stdout holds.
template <class After>
bool write_locked(const std::string& s, After after) {
  if (!acquire()) {
    for (;;) pause();  // the handler on another thread is ending the process
  }
  const bool ok = write_all(s);
  after();
  release();
  return ok;
}

}  // namespace

void begin_records(Framing framing) {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sa.sa_flags = SA_RESTART;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM}) {
    struct sigaction old {};
    // A signal ignored by whoever started us (nohup, a background job) stays ignored.
    if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler != SIG_IGN) sigaction(sig, &sa, nullptr);
  }
  if (framing == Framing::json_array) write_locked("[\n", [] { g_array_open = true; });
}

bool write_record(const std::string& record) {
  if (record.empty()) return true;
  // Only this thread writes records, so the separator can be chosen before taking stdout.
  const std::string text = g_array_open && !g_array_empty ? ",\n" + record : record;
  return write_locked(text, [] { g_array_empty = false; });
}

bool end_records() {
  if (!g_array_open) return true;
  return write_locked(array_close(), [] { g_array_open = false; });
}

}  // namespace xxgk_cli
