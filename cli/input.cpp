#include "input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>

#include "html_tree.h"
#include "pdf_runs.h"

namespace xxgk_cli {
namespace fs = std::filesystem;

namespace {

bool read_all(std::FILE* f, std::string& out) {
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  return !std::ferror(f);
}

std::string errno_reason(int e) {
  switch (e) {
    case ENOENT: return "文件不存在";
    case EACCES: case EPERM: return "没有读取权限";
    case EISDIR: return "是一个目录";
    case ENAMETOOLONG: return "路径过长";
    case ENOTDIR: return "路径中的某一级不是目录";
    default: return std::string("读取失败（") + std::strerror(e) + "）";
  }
}

}  // namespace

std::string extension_of(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (auto& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

Input read_input(const std::string& path) {
  Input in;
  std::string bytes;
  if (path == "-") {
    if (!read_all(stdin, bytes)) {
      in.error = "读取标准输入失败";
      return in;
    }
  } else {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      in.error = "是一个目录";
      return in;
    }
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      in.error = errno_reason(errno);
      return in;
    }
    const bool ok = read_all(f, bytes);
    const int e = errno;
    std::fclose(f);
    if (!ok) {
      in.error = errno_reason(e);
      return in;
    }
  }
  in.bytes = bytes.size();
  xxgk::ReadResult r = read_bytes(bytes, path == "-" ? "" : path);
  if (!r.ok()) {
    in.error = std::move(r.message);
    return in;
  }
  in.document = std::move(r.document);
  in.ok = true;
  return in;
}

xxgk::ReadResult read_bytes(std::string_view bytes, std::string_view name) {
  xxgk::ReadResult r = xxgk::read_document(bytes, name);
  if (r.status == xxgk::ReadStatus::needs_pdf_runs) return read_pdf(bytes);
  if (r.status == xxgk::ReadStatus::needs_html_tree)
    return xxgk::document_from_html_tree(r.document, gumbo_html_tree(r.document.text));
  return r;
}

}  // namespace xxgk_cli
