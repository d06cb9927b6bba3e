#include "zip.h"

#include <zlib.h>

#include <cstdint>

namespace xxgk_cli {
namespace {

uint32_t le16(std::string_view s, size_t p) {
  return static_cast<uint32_t>(static_cast<unsigned char>(s[p])) |
         static_cast<uint32_t>(static_cast<unsigned char>(s[p + 1])) << 8;
}
uint32_t le32(std::string_view s, size_t p) { return le16(s, p) | le16(s, p + 2) << 16; }

ZipEntry fail(std::string why) {
  ZipEntry e;
  e.error = std::move(why);
  return e;
}

}  // namespace

ZipEntry zip_read(std::string_view z, std::string_view name, size_t max_size) {
  // End of central directory: 22 bytes + a comment of up to 65535 bytes, at the end.
  if (z.size() < 22) return fail("不是 ZIP 文件（太短）");
  size_t eocd = std::string_view::npos;
  const size_t lowest = z.size() > 22 + 65535 ? z.size() - 22 - 65535 : 0;
  for (size_t p = z.size() - 22 + 1; p-- > lowest;) {
    if (le32(z, p) == 0x06054b50) { eocd = p; break; }
  }
  if (eocd == std::string_view::npos) return fail("不是 ZIP 文件（找不到中央目录）");
  const uint32_t count = le16(z, eocd + 10);
  const uint32_t cd_size = le32(z, eocd + 12);
  const uint32_t cd_off = le32(z, eocd + 16);
  if (cd_off == 0xFFFFFFFFu || count == 0xFFFFu) return fail("不支持 ZIP64 文件");
  if (static_cast<uint64_t>(cd_off) + cd_size > z.size()) return fail("ZIP 文件已损坏（中央目录越界）");

  size_t p = cd_off;
  for (uint32_t k = 0; k < count; ++k) {
    if (p + 46 > z.size() || le32(z, p) != 0x02014b50) return fail("ZIP 文件已损坏（中央目录项无效）");
    const uint32_t flags = le16(z, p + 8);
    const uint32_t method = le16(z, p + 10);
    const uint32_t crc = le32(z, p + 16);
    const uint32_t csize = le32(z, p + 20);
    const uint32_t usize = le32(z, p + 24);
    const uint32_t nlen = le16(z, p + 28), xlen = le16(z, p + 30), clen = le16(z, p + 32);
    const uint32_t local = le32(z, p + 42);
    if (p + 46 + nlen > z.size()) return fail("ZIP 文件已损坏（文件名越界）");
    const std::string_view entry_name = z.substr(p + 46, nlen);
    p += 46 + static_cast<size_t>(nlen) + xlen + clen;
    if (entry_name != name) continue;

    if (flags & 1) return fail("ZIP 条目已加密");
    if (usize > max_size) return fail("ZIP 条目过大");
    if (static_cast<uint64_t>(local) + 30 > z.size() || le32(z, local) != 0x04034b50)
      return fail("ZIP 文件已损坏（本地文件头无效）");
    const size_t data = static_cast<size_t>(local) + 30 + le16(z, local + 26) + le16(z, local + 28);
    if (static_cast<uint64_t>(data) + csize > z.size()) return fail("ZIP 文件已损坏（数据越界）");
    const std::string_view comp = z.substr(data, csize);

    ZipEntry e;
    if (method == 0) {
      e.data.assign(comp.data(), comp.size());
    } else if (method == 8 && usize == 0) {
      // Nothing to inflate.
    } else if (method == 8) {
      z_stream zs{};
      if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) return fail("无法初始化解压");
      e.data.resize(usize);
      zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(comp.data()));
      zs.avail_in = static_cast<uInt>(comp.size());
      zs.next_out = reinterpret_cast<Bytef*>(e.data.data());
      zs.avail_out = static_cast<uInt>(e.data.size());
      const int rc = inflate(&zs, Z_FINISH);
      const size_t produced = zs.total_out;
      inflateEnd(&zs);
      if (rc != Z_STREAM_END || produced != usize) return fail("ZIP 条目解压失败（数据损坏）");
    } else {
      return fail("不支持的 ZIP 压缩方法");
    }
    if (crc32(0L, reinterpret_cast<const Bytef*>(e.data.data()), static_cast<uInt>(e.data.size())) !=
        crc)
      return fail("ZIP 条目校验失败（CRC 不符）");
    e.ok = true;
    return e;
  }
  return fail("ZIP 中没有 " + std::string(name));
}

}  // namespace xxgk_cli
