// .docx → report text. Paragraphs become lines; each table row becomes one line of
// tab-separated cells (a merged cell is emitted once); w:tab → tab, w:br → newline.

import { tokenizeXml, parseAttrs } from './xml.js';
import { listZip, readZipText, ZipError } from './zip.js';

const isWide = (ch) => ch !== undefined && ch.codePointAt(0) >= 0x2e80;

// Joins two pieces of one table cell (paragraphs or line breaks): no space between
// CJK characters (a label wrapped by hand), one space otherwise.
function joinInCell(a, b) {
  a = a.trim(); b = b.trim();
  if (!a) return b;
  if (!b) return a;
  return isWide(a[a.length - 1]) && isWide(b[0]) ? a + b : a + ' ' + b;
}
const cellText = (s) => s.split(/[\n\t]/).reduce(joinInCell, '');

/** WordprocessingML main document part (word/document.xml) → text. */
export function documentXmlToText(xml) {
  const lines = [];
  const paras = [];    // open paragraphs (text boxes nest paragraphs inside paragraphs)
  const tables = [];   // open tables: { row: string[]|null, cell: {text, skip, depth}|null }
  let skip = 0;        // depth inside ignored content (mc:Fallback duplicates mc:Choice)
  let inRun = false, inRunProps = false, hidden = false, inText = false;

  const add = (s) => { if (paras.length && !hidden) paras[paras.length - 1] += s; };
  const emit = (s) => { for (const l of s.split('\n')) lines.push(l.replace(/\s+$/, '')); };

  tokenizeXml(xml, {
    onOpen(name, attrs, selfClosing) {
      if (skip) { if (!selfClosing) skip++; return; }
      const t = tables[tables.length - 1];
      switch (name) {
        case 'mc:Fallback': if (!selfClosing) skip = 1; break;
        case 'w:p': paras.push(''); break;
        case 'w:r': inRun = true; hidden = false; break;
        case 'w:rPr': if (inRun) inRunProps = true; break;
        case 'w:vanish': if (inRunProps && !/^(0|false|off)$/.test(attrs['w:val'] ?? '')) hidden = true; break;
        case 'w:t': if (!selfClosing) inText = true; break;
        case 'w:tab': case 'w:ptab': if (inRun && !inRunProps) add('\t'); break;
        case 'w:br': case 'w:cr': if (inRun) add('\n'); break;
        case 'w:noBreakHyphen': if (inRun) add('-'); break;
        case 'w:tbl': tables.push({ row: null, cell: null }); break;
        case 'w:tr': if (t) t.row = []; break;
        case 'w:tc': if (t) t.cell = { text: '', skip: false, depth: paras.length }; break;
        case 'w:vMerge': // vertical merge: only the first ("restart") cell carries the text
          if (t?.cell && attrs['w:val'] !== 'restart') t.cell.skip = true;
          break;
      }
    },
    onClose(name) {
      if (skip) { skip--; return; }
      const t = tables[tables.length - 1];
      switch (name) {
        case 'w:t': inText = false; break;
        case 'w:rPr': inRunProps = false; break;
        case 'w:r': inRun = false; hidden = false; break;
        case 'w:p': {
          const text = paras.pop() ?? '';
          if (t?.cell && paras.length === t.cell.depth) t.cell.text = joinInCell(t.cell.text, cellText(text));
          else emit(text);
          break;
        }
        case 'w:tc':
          if (t?.cell && t.row && !t.cell.skip) t.row.push(t.cell.text);
          if (t) t.cell = null;
          break;
        case 'w:tr': {
          if (!t?.row) break;
          const cells = t.row;
          t.row = null;
          if (!cells.some((c) => c)) break;
          const outer = tables[tables.length - 2];
          if (outer?.cell) outer.cell.text = joinInCell(outer.cell.text, cells.join(' ')); // nested table
          else lines.push(cells.join('\t').replace(/\s+$/, ''));
          break;
        }
        case 'w:tbl': tables.pop(); break;
      }
    },
    onText(text) {
      if (!skip && inText) add(text);
    },
  });
  // Collapse runs of empty lines and trim the ends.
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '') + '\n';
}

/** Finds the main document part through _rels/.rels (almost always word/document.xml). */
async function mainPartName(bytes, entries) {
  const rels = await readZipText(bytes, entries, '_rels/.rels');
  if (rels) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const a = parseAttrs(m[0].slice(13));
      if (/\/officeDocument$/.test(a.Type ?? '') && a.Target) return a.Target.replace(/^\//, '');
    }
  }
  return 'word/document.xml';
}

/** .docx bytes (Uint8Array) → text. Throws an Error with a Chinese message. */
export async function readDocx(bytes) {
  const fail = (why) => new Error(`无法读取该 Word 文件：${why}`);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw fail('文件已加密（设有打开密码），或是旧版 .doc 格式；请在 Word/WPS 中取消密码或另存为 .docx 后再试');
  }
  try {
    const entries = listZip(bytes);
    const xml = await readZipText(bytes, entries, await mainPartName(bytes, entries));
    if (xml === null) throw new ZipError('缺少 word/document.xml，不是 Word 文档');
    return documentXmlToText(xml);
  } catch (e) {
    if (e instanceof ZipError) throw fail(e.message);
    throw fail(`文件已损坏（${e.message}）`);
  }
}
