#include "read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "os_messages.h"

namespace xxgk_cli {
namespace {

FileBytes refused(std::string message) {
  FileBytes f;
  f.message = std::move(message);
  return f;
}

// Why a file of this status is not read, or "" when it may be.
std::string refusal(const struct stat& st, size_t max_bytes) {
  if (!S_ISREG(st.st_mode)) return file_type_message(st.st_mode);
  if (static_cast<unsigned long long>(st.st_size) > max_bytes) return too_large_message(max_bytes);
  return "";
}

// Reads fd to its end or to max_bytes + 1 bytes, whichever comes first: a size reported
// wrongly (a growing file, /proc) or an endless pipe cannot make it read more.
FileBytes read_bounded(int fd, size_t max_bytes, size_t expected) {
  FileBytes f;
  f.bytes.reserve(expected < max_bytes ? expected + 1 : max_bytes + 1);
  char buf[1 << 16];
  for (;;) {
    const size_t room = max_bytes + 1 - f.bytes.size();
    const ssize_t n = ::read(fd, buf, room < sizeof buf ? room : sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return refused(errno_message(errno));
    if (n == 0) break;
    f.bytes.append(buf, static_cast<size_t>(n));
    if (f.bytes.size() > max_bytes) return refused(too_large_message(max_bytes));
  }
  f.ok = true;
  return f;
}

}  // namespace

FileBytes read_file_bytes(const std::string& path, size_t max_bytes) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return refused(errno_message(errno));
  if (std::string why = refusal(st, max_bytes); !why.empty()) return refused(why);
  // O_NONBLOCK: should the path have become a FIFO since stat, opening it still returns at once.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return refused(errno_message(errno));
  FileBytes f;
  if (::fstat(fd, &st) != 0) {
    f = refused(errno_message(errno));
  } else if (std::string why = refusal(st, max_bytes); !why.empty()) {
    f = refused(why);
  } else {
    f = read_bounded(fd, max_bytes, static_cast<size_t>(st.st_size));
  }
  ::close(fd);
  return f;
}

FileBytes read_stdin_bytes(size_t max_bytes) {
  struct stat st;
  size_t expected = 0;
  if (::fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode)) expected = static_cast<size_t>(st.st_size);
  return read_bounded(STDIN_FILENO, max_bytes, expected);
}

}  // namespace xxgk_cli
