#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cerrno>

#include "os_messages.h"

using namespace xxgk_cli;

namespace {
bool has_ascii_letter(const std::string& s) {
  for (char c : s)
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return false;
}
}  // namespace

TEST_CASE("errno values become Chinese messages, never the C library's English") {
  for (int e : {ENOENT, EACCES, EPERM, EISDIR, ENOTDIR, ENAMETOOLONG, ELOOP, EIO, ENXIO, ENODEV, EMFILE, ENFILE,
                ENOMEM, EFBIG, EOVERFLOW, EAGAIN, EBUSY, ETXTBSY, ESTALE, EINVAL, EDQUOT, 12345}) {
    const std::string m = errno_message(e);
    CAPTURE(e);
    CHECK_FALSE(m.empty());
    CHECK_FALSE(has_ascii_letter(m));
  }
  CHECK(errno_message(ELOOP) == "符号链接循环或层数过多");
  CHECK(errno_message(12345) == "系统错误（错误号 12345）");
}

TEST_CASE("special file types are named") {
  CHECK(file_type_message(S_IFREG) == "");
  CHECK(file_type_message(S_IFIFO) == "是命名管道（FIFO），不是普通文件");
  CHECK(file_type_message(S_IFSOCK) == "是套接字，不是普通文件");
  CHECK(file_type_message(S_IFCHR) == "是字符设备，不是普通文件");
  CHECK(too_large_message(size_t{64} << 20) == "文件过大（超过 64 MB）");
}
