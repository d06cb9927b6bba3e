#include "document/zip.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>

#include "document/messages.h"

namespace xxgk::doc {
namespace {

uint32_t le16(std::string_view s, size_t p) {
  return static_cast<uint32_t>(static_cast<unsigned char>(s[p])) |
         static_cast<uint32_t>(static_cast<unsigned char>(s[p + 1])) << 8;
}
uint32_t le32(std::string_view s, size_t p) { return le16(s, p) | le16(s, p + 2) << 16; }

constexpr uint32_t kLocalHeader = 0x04034b50, kCentralHeader = 0x02014b50, kEnd = 0x06054b50;

}  // namespace

ZipArchive::ZipArchive(std::string_view z, const ReadLimits& limits) : bytes_(z), limits_(limits) {
  auto damaged = [&] { error_ = refuse(ReadStatus::damaged, msg::kDocxNotZip); };
  if (z.size() < 22) { damaged(); return; }
  // End of central directory: 22 bytes and a comment of up to 65535 bytes, at the end.
  size_t eocd = std::string_view::npos;
  const size_t lowest = z.size() > 22 + 65535 ? z.size() - 22 - 65535 : 0;
  for (size_t p = z.size() - 22 + 1; p-- > lowest;) {
    if (le32(z, p) == kEnd) { eocd = p; break; }
  }
  if (eocd == std::string_view::npos) { damaged(); return; }
  const uint32_t count = le16(z, eocd + 10);
  const uint64_t cd_size = le32(z, eocd + 12), cd_offset = le32(z, eocd + 16);
  if (cd_offset + cd_size > z.size()) { damaged(); return; }
  size_t p = cd_offset;
  for (uint32_t k = 0; k < count; ++k) {
    if (p + 46 > z.size() || le32(z, p) != kCentralHeader) { damaged(); return; }
    Entry e;
    e.flags = le16(z, p + 8);
    e.method = le16(z, p + 10);
    e.crc = le32(z, p + 16);
    e.compressed = le32(z, p + 20);
    e.size = le32(z, p + 24);
    const uint32_t name_len = le16(z, p + 28), extra_len = le16(z, p + 30), comment_len = le16(z, p + 32);
    e.local_offset = le32(z, p + 42);
    if (p + 46 + name_len > z.size()) { damaged(); return; }
    e.name.assign(z.substr(p + 46, name_len));
    p += 46 + static_cast<size_t>(name_len) + extra_len + comment_len;
    entries_.push_back(std::move(e));
  }
}

bool ZipArchive::has(std::string_view name) const {
  return std::any_of(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.name == name; });
}

std::optional<std::string> ZipArchive::read(std::string_view name) {
  const auto it = std::find_if(entries_.begin(), entries_.end(), [&](const Entry& e) { return e.name == name; });
  if (it == entries_.end() || !ok()) return std::nullopt;
  const Entry& e = *it;
  auto fail = [&](ReadResult r) -> std::optional<std::string> {
    error_ = std::move(r);
    return std::nullopt;
  };
  if (e.flags & 1) return fail(refuse(ReadStatus::encrypted, msg::kZipEncrypted));
  // The limit for this entry: its own, the ratio to its compressed size, what the total leaves.
  const size_t left = limits_.max_inflated_bytes - std::min(inflated_total_, limits_.max_inflated_bytes);
  const double by_ratio = limits_.max_inflate_ratio * static_cast<double>(std::max<uint64_t>(e.compressed, 1024));
  const size_t limit = std::min({limits_.max_entry_bytes, left,
                                 by_ratio < 1e18 ? static_cast<size_t>(by_ratio) : limits_.max_entry_bytes});
  auto bomb = [&] {
    return fail(refuse(ReadStatus::too_large,
                       "Word 文档解压后超过 " + std::to_string(limit >> 20) + " MB 的上限（可能是压缩炸弹），已拒绝读取"));
  };
  if (e.size > limit) return bomb();
  if (e.local_offset + 30 > bytes_.size() || le32(bytes_, e.local_offset) != kLocalHeader)
    return fail(refuse(ReadStatus::damaged, msg::kZipDamaged));
  const uint64_t data = e.local_offset + 30 + le16(bytes_, e.local_offset + 26) + le16(bytes_, e.local_offset + 28);
  if (data + e.compressed > bytes_.size()) return fail(refuse(ReadStatus::damaged, msg::kZipDamaged));
  const std::string_view packed = bytes_.substr(data, e.compressed);

  std::string out;
  if (e.method == 0) {
    out.assign(packed);
  } else if (e.method == 8) {
    z_stream zs{};
    if (inflateInit2(&zs, -MAX_WBITS) != Z_OK) return fail(refuse(ReadStatus::damaged, msg::kZipDamaged));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    zs.avail_in = static_cast<uInt>(packed.size());
    out.resize(std::min<size_t>(std::max<uint64_t>(e.size, 4096), limit) + 1);
    int rc = Z_OK;
    while (rc == Z_OK) {
      if (zs.total_out == out.size()) {
        if (out.size() > limit) break;
        out.resize(std::min(out.size() * 2, limit + 1));
      }
      zs.next_out = reinterpret_cast<Bytef*>(out.data() + zs.total_out);
      zs.avail_out = static_cast<uInt>(out.size() - zs.total_out);
      rc = inflate(&zs, Z_NO_FLUSH);
      if (rc == Z_BUF_ERROR && zs.avail_in == 0) break;  // truncated data
      if (rc == Z_BUF_ERROR) rc = Z_OK;
    }
    const size_t produced = zs.total_out;
    inflateEnd(&zs);
    if (produced > limit) return bomb();
    if (rc != Z_STREAM_END) return fail(refuse(ReadStatus::damaged, msg::kZipDamaged));
    out.resize(produced);
  } else {
    return fail(refuse(ReadStatus::damaged, msg::kZipMethod));
  }
  if (crc32(0L, reinterpret_cast<const Bytef*>(out.data()), static_cast<uInt>(out.size())) != e.crc)
    return fail(refuse(ReadStatus::damaged, msg::kZipDamaged));
  inflated_total_ += out.size();
  return out;
}

}  // namespace xxgk::doc
