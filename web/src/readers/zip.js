// Minimal zip reader: central directory + stored/deflate entries, inflated with the
// platform's DecompressionStream('deflate-raw') (browsers, Workers, node >= 20).

export class ZipError extends Error {}

const u16 = (v, o) => v.getUint16(o, true);
const u32 = (v, o) => v.getUint32(o, true);

/** Returns Map(name -> entry) from the central directory of `bytes` (Uint8Array). */
export function listZip(bytes) {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory record: last 22 bytes + up to 64 KiB comment.
  let eocd = -1;
  for (let o = bytes.length - 22; o >= Math.max(0, bytes.length - 22 - 0xffff); o--) {
    if (u32(v, o) === 0x06054b50) { eocd = o; break; }
  }
  if (eocd < 0) throw new ZipError('不是 zip 文件');
  const count = u16(v, eocd + 10);
  let p = u32(v, eocd + 16);
  if (p === 0xffffffff || count === 0xffff) throw new ZipError('不支持 zip64 格式');
  const entries = new Map();
  const utf8 = new TextDecoder('utf-8');
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(v, p) !== 0x02014b50) throw new ZipError('zip 目录已损坏');
    const flags = u16(v, p + 8);
    const nameLen = u16(v, p + 28), extraLen = u16(v, p + 30), commentLen = u16(v, p + 32);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.set(name, {
      name,
      encrypted: (flags & 1) !== 0,
      method: u16(v, p + 10),
      compressedSize: u32(v, p + 20),
      size: u32(v, p + 24),
      localOffset: u32(v, p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Returns the uncompressed bytes of one entry. */
export async function readZipEntry(bytes, entry) {
  if (entry.encrypted) throw new ZipError('文件已加密');
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const o = entry.localOffset;
  if (o + 30 > bytes.length || u32(v, o) !== 0x04034b50) throw new ZipError('zip 条目已损坏');
  const start = o + 30 + u16(v, o + 26) + u16(v, o + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipError(`不支持的压缩方式 ${entry.method}`);
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function readZipText(bytes, entries, name) {
  const e = entries.get(name);
  if (!e) return null;
  return new TextDecoder('utf-8').decode(await readZipEntry(bytes, e));
}
