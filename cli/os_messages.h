#pragma once
// Chinese messages for what the operating system reports about a path: errno values and file
// types. Users read Chinese, so no strerror text ever reaches them; each message names one cause.
#include <sys/types.h>

#include <cstddef>
#include <string>

namespace xxgk_cli {

// "文件不存在", "没有读取权限", "符号链接循环或层数过多", … ; unknown values as "系统错误（错误号 N）".
std::string errno_message(int error_number);
// Why a path of this type is not read: "是命名管道（FIFO），不是普通文件", … ; "" for a regular file.
std::string file_type_message(mode_t mode);
// "文件过大（超过 64 MB）".
std::string too_large_message(size_t max_bytes);

}  // namespace xxgk_cli
