// Reads a dropped or chosen report file into text, entirely in the browser.
//   readReportFile(file: File | Blob with .name) => Promise<string>
// .docx: zip + WordprocessingML (tables as rows of tab-separated cells);
// .pdf: pdf.js, loaded only when a PDF is opened; .txt: UTF-8/UTF-16/GB18030 text.
// Errors are Error objects with a Chinese message ready to show.

import { readDocx } from './docx.js';

/** For <input type=file accept=…>. */
export const ACCEPT = '.docx,.pdf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

const startsWith = (bytes, sig) => sig.every((b, i) => bytes[i] === b);

function decodeText(bytes) {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes); // older Chinese Windows text files
  }
}

export async function readReportFile(file) {
  const name = String(file?.name ?? '');
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    throw new Error(`无法读取文件“${name}”：${e.message}`);
  }
  if (bytes.length === 0) throw new Error(`文件“${name}”是空的`);
  const ext = (/\.([^.]+)$/.exec(name)?.[1] ?? '').toLowerCase();
  // Trust the content over the name (a .pdf saved as .PDF, a .docx renamed, …).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-') || (ext === 'pdf' && !startsWith(bytes, [0x50, 0x4b]))) {
    const { readPdf } = await import('./pdf.js');
    return readPdf(bytes);
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]) || ext === 'docx' || ext === 'doc') {
    return readDocx(bytes);
  }
  if (ext === 'txt' || ext === 'text' || ext === '') return decodeText(bytes);
  throw new Error(`不支持的文件类型“${name}”：请选择 .docx、.pdf 或 .txt 文件`);
}
