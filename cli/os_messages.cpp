#include "os_messages.h"

#include <sys/stat.h>

#include <cerrno>

namespace xxgk_cli {

std::string errno_message(int error_number) {
  switch (error_number) {
    case ENOENT: return "文件不存在";
    case EACCES: case EPERM: return "没有读取权限";
    case EISDIR: return "是一个目录";
    case ENOTDIR: return "路径中的某一级不是目录";
    case ENAMETOOLONG: return "路径过长";
    case ELOOP: return "符号链接循环或层数过多";
    case EIO: return "磁盘或设备读写出错";
    case ENXIO: case ENODEV: return "对应的设备不存在";
    case EMFILE: case ENFILE: return "同时打开的文件过多";
    case ENOMEM: return "内存不足";
    case EFBIG: case EOVERFLOW: return "文件过大";
    case EAGAIN: return "暂时无法读取";
    case EBUSY: case ETXTBSY: return "文件正被占用";
    case ESTALE: return "网络文件系统上的文件已失效";
    case EINVAL: return "无法按普通文件读取";
    default: return "系统错误（错误号 " + std::to_string(error_number) + "）";
  }
}

std::string file_type_message(mode_t mode) {
  if (S_ISREG(mode)) return "";
  if (S_ISDIR(mode)) return "是一个目录";
  if (S_ISFIFO(mode)) return "是命名管道（FIFO），不是普通文件";
  if (S_ISSOCK(mode)) return "是套接字，不是普通文件";
  if (S_ISCHR(mode)) return "是字符设备，不是普通文件";
  if (S_ISBLK(mode)) return "是块设备，不是普通文件";
  return "不是普通文件";
}

std::string too_large_message(size_t max_bytes) {
  return "文件过大（超过 " + std::to_string(max_bytes >> 20) + " MB）";
}

}  // namespace xxgk_cli
