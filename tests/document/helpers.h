#pragma once
// Helpers of the document reader tests: a zip writer (stored or deflated entries, sizes that may
// lie), and the check that every cell's byte range points at its text.
#include <doctest/doctest.h>
#include <zlib.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "xxgk/document.h"

namespace test_doc {

inline void put16(std::string& s, uint32_t v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>((v >> 8) & 0xFF);
}
inline void put32(std::string& s, uint32_t v) {
  put16(s, v & 0xFFFF);
  put16(s, v >> 16);
}

inline std::string raw_deflate(const std::string& in) {
  z_stream zs{};
  deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, in.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

struct ZipEntry {
  std::string name;
  std::string packed;      // the data as stored in the archive
  uint32_t method = 8;     // 8 deflated, 0 stored
  uint32_t crc = 0;
  uint32_t size = 0;       // declared uncompressed size (may lie)
};

inline ZipEntry deflated(std::string name, const std::string& content) {
  return {std::move(name), raw_deflate(content), 8,
          static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(content.data()), static_cast<uInt>(content.size()))),
          static_cast<uint32_t>(content.size())};
}

inline std::string make_zip(const std::vector<ZipEntry>& entries) {
  std::string z, cd;
  for (const ZipEntry& e : entries) {
    const uint32_t offset = static_cast<uint32_t>(z.size());
    put32(z, 0x04034b50); put16(z, 20); put16(z, 0); put16(z, e.method); put16(z, 0); put16(z, 0);
    put32(z, e.crc); put32(z, static_cast<uint32_t>(e.packed.size())); put32(z, e.size);
    put16(z, static_cast<uint32_t>(e.name.size())); put16(z, 0);
    z += e.name;
    z += e.packed;
    put32(cd, 0x02014b50); put16(cd, 20); put16(cd, 20); put16(cd, 0); put16(cd, e.method);
    put16(cd, 0); put16(cd, 0); put32(cd, e.crc); put32(cd, static_cast<uint32_t>(e.packed.size()));
    put32(cd, e.size); put16(cd, static_cast<uint32_t>(e.name.size()));
    put16(cd, 0); put16(cd, 0); put16(cd, 0); put16(cd, 0); put32(cd, 0); put32(cd, offset);
    cd += e.name;
  }
  const uint32_t cd_offset = static_cast<uint32_t>(z.size());
  z += cd;
  put32(z, 0x06054b50); put16(z, 0); put16(z, 0); put16(z, static_cast<uint32_t>(entries.size()));
  put16(z, static_cast<uint32_t>(entries.size())); put32(z, static_cast<uint32_t>(cd.size())); put32(z, cd_offset);
  put16(z, 0);
  return z;
}

// A raw deflate stream of `megabytes` MB of zeros, made without compressing them all: one
// fully flushed 1 MB chunk repeated (each starts afresh, byte aligned), then a final empty block.
inline std::string zero_bomb_stream(size_t megabytes) {
  z_stream zs{};
  deflateInit2(&zs, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  const std::string zeros(1 << 20, '\0');
  std::string chunk(deflateBound(&zs, zeros.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zeros.data()));
  zs.avail_in = static_cast<uInt>(zeros.size());
  zs.next_out = reinterpret_cast<Bytef*>(chunk.data());
  zs.avail_out = static_cast<uInt>(chunk.size());
  deflate(&zs, Z_FULL_FLUSH);
  chunk.resize(zs.total_out);
  deflateEnd(&zs);
  std::string out;
  for (size_t i = 0; i < megabytes; ++i) out += chunk;
  out += std::string("\x03\x00", 2);
  return out;
}

inline std::string docx_with(const std::string& body) {
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
      body + "</w:body></w:document>";
  return make_zip({deflated("[Content_Types].xml", "<Types/>"), deflated("word/document.xml", xml)});
}

// The text of every cell, by its byte range; and no range crosses a line or a field.
inline std::vector<std::vector<std::string>> grid_text(const xxgk::Document& d, const xxgk::DocTable& t) {
  std::vector<std::vector<std::string>> grid(t.rows, std::vector<std::string>(t.columns));
  for (const xxgk::DocCell& c : t.cells) {
    REQUIRE(c.begin <= c.end);
    REQUIRE(c.end <= d.text.size());
    const std::string s = d.text.substr(c.begin, c.end - c.begin);
    CHECK(s.find('\t') == std::string::npos);
    CHECK(s.find('\n') == std::string::npos);
    grid.at(c.row).at(c.column) = s;
  }
  return grid;
}

template <class F>
double seconds(F&& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace test_doc
