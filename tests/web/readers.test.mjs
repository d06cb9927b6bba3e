// The page's file readers (web/src/readers/): .docx and .pdf → report text, run in node.
// Unit tests on hand-made inputs, then .docx/.pdf files made by LibreOffice from seed reports
// (tests/web/make-doc-fixtures.sh) whose table rows must give the seed's gold numbers. When the
// native CLI is built, its tables on the reader's text must equal its tables on the seed's text
// (a dropped .docx/.pdf gives the same tables as the text; gold misses of the core are noted).
//   node --test tests/web/readers.test.mjs
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deflateRawSync, crc32 as zlibCrc32 } from 'node:zlib';
import { ROOT, NATIVE, CORPUS } from './common.mjs';
import { nonEmbeddedChinesePdf } from './tiny-pdf.mjs';

const READERS = join(ROOT, 'web/src/readers');
const { readReportFile } = await import(pathToFileURL(join(READERS, 'index.js')));
const { documentXmlToText, readDocx } = await import(pathToFileURL(join(READERS, 'docx.js')));
const { itemsToLines } = await import(pathToFileURL(join(READERS, 'layout.js')));
const { configurePdfReader } = await import(pathToFileURL(join(READERS, 'pdf.js')));
const { tokenizeXml } = await import(pathToFileURL(join(READERS, 'xml.js')));

// pdf.js from build/web/vendor/pdfjs (what the page ships; scripts/build-pdfjs.sh), read from disk.
const VENDOR = join(ROOT, 'build/web/vendor');
const FIXTURES = join(ROOT, 'build/fixtures/docs');
configurePdfReader({
  vendorBase: pathToFileURL(VENDOR + '/').href,
  fetchText: async (url) => readFileSync(new URL(url), 'utf8'),
});
// Node has no DOMMatrix/Path2D; pdf.js's own polyfill comes from @napi-rs/canvas (web/node_modules).
try {
  const canvas = createRequire(join(ROOT, 'web/package.json'))('@napi-rs/canvas');
  for (const k of ['DOMMatrix', 'ImageData', 'Path2D']) globalThis[k] ??= canvas[k];
} catch { /* text extraction works without it on recent pdf.js */ }

const fileOf = (name, bytes) => ({
  name,
  arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
});
const readPath = (path) => readReportFile(fileOf(path, readFileSync(path)));

// ---------- zip + WordprocessingML ----------

/** A zip of { name: string } entries (deflated, or stored when `stored`). */
function makeZip(files, { stored = false } = {}) {
  const locals = [], centrals = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const raw = Buffer.from(text, 'utf8');
    const data = stored ? raw : deflateRawSync(raw);
    const nameBuf = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0); head.writeUInt16LE(20, 4); head.writeUInt16LE(stored ? 0 : 8, 8);
    head.writeUInt32LE(zlibCrc32(raw), 14); head.writeUInt32LE(data.length, 18); head.writeUInt32LE(raw.length, 22);
    head.writeUInt16LE(nameBuf.length, 26);
    const cen = Buffer.alloc(46);
    cen.writeUInt32LE(0x02014b50, 0); cen.writeUInt16LE(20, 4); cen.writeUInt16LE(20, 6); cen.writeUInt16LE(stored ? 0 : 8, 10);
    cen.writeUInt32LE(zlibCrc32(raw), 16); cen.writeUInt32LE(data.length, 20); cen.writeUInt32LE(raw.length, 24);
    cen.writeUInt16LE(nameBuf.length, 28); cen.writeUInt32LE(offset, 42);
    locals.push(head, nameBuf, data);
    centrals.push(cen, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(centrals.length / 2, 8); end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

const W = (body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
const p = (...runs) => `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${runs.join('')}</w:p>`;
const r = (t) => `<w:r><w:rPr><w:rFonts w:ascii="SimSun"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
const tc = (content, props = '') => `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${content}</w:tc>`;

test('xml tokenizer: entities, CDATA, comments, quoted ">" in attributes', () => {
  const events = [];
  tokenizeXml('<?xml version="1.0"?><!-- c --><a x="1 > 0" y=\'&amp;\'>A&lt;&#x4E00;&#19968;<![CDATA[<b>]]><b/></a>', {
    onOpen: (n, a, s) => events.push(['open', n, a, s]),
    onClose: (n) => events.push(['close', n]),
    onText: (t) => events.push(['text', t]),
  });
  assert.deepEqual(events, [
    ['open', 'a', { x: '1 > 0', y: '&' }, false], ['text', 'A<一一'], ['text', '<b>'],
    ['open', 'b', {}, true], ['close', 'b'], ['close', 'a'],
  ]);
});

test('docx: paragraphs, w:tab, w:br, tables as tab-separated rows, merged cells once', () => {
  const xml = W(
    p(r('一、总体情况')) +
    p(r('甲'), '<w:r><w:tab/><w:t>乙</w:t><w:br/><w:t>丙 &amp; 丁</w:t></w:r>') +
    '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/></w:tblGrid>' +
    `<w:tr>${tc(p(r('三、本年度')) + p(r('办理结果')), '<w:vMerge w:val="restart"/>')}${tc(p(r('(一)予以公开')))}${tc(p(r('26')))}${tc(p(r('27')))}</w:tr>` +
    `<w:tr>${tc(p(), '<w:vMerge/>')}${tc(p(r('(二)部分公开')), '<w:gridSpan w:val="1"/>')}${tc(p(r('1')))}${tc(p(r('1')))}</w:tr>` +
    `<w:tr>${tc(p(r('总计')), '<w:gridSpan w:val="2"/>')}${tc(p(r('5')))}${tc(p(r('5')))}</w:tr>` +
    `<w:tr>${tc(p())}${tc(p())}</w:tr>` +
    '</w:tbl>' +
    p(r('后记'), '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>',
      '<w:r><w:instrText> PAGE </w:instrText></w:r>',
      '<mc:AlternateContent><mc:Choice Requires="wps">', r('框'), '</mc:Choice><mc:Fallback>', r('框'), '</mc:Fallback></mc:AlternateContent>'),
  );
  assert.equal(documentXmlToText(xml), [
    '一、总体情况', '甲\t乙', '丙 & 丁',
    '三、本年度办理结果\t(一)予以公开\t26\t27',
    '(二)部分公开\t1\t1',
    '总计\t5\t5',
    '后记框', '',
  ].join('\n'));
});

test('docx: zip with deflated and stored entries, main part found through _rels/.rels', async () => {
  const rels = '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.xml"/></Relationships>';
  for (const stored of [false, true]) {
    const zip = makeZip({ '_rels/.rels': rels, 'word/main.xml': W(p(r('报告正文'))) }, { stored });
    assert.equal(await readReportFile(fileOf('报告.docx', zip)), '报告正文\n');
  }
});

test('docx: unreadable files get Chinese messages', async () => {
  const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await assert.rejects(readReportFile(fileOf('加密.docx', ole)), /^Error: 无法读取该 Word 文件：文件已加密/);
  await assert.rejects(readReportFile(fileOf('坏.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))), /^Error: 无法读取该 Word 文件：不是 zip 文件/);
  await assert.rejects(readDocx(makeZip({ 'a.txt': 'x' })), /缺少 word\/document\.xml/);
  await assert.rejects(readReportFile(fileOf('空.docx', new Uint8Array())), /是空的/);
  await assert.rejects(readReportFile(fileOf('图.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))), /不支持的文件类型/);
});

test('txt: UTF-8, UTF-16 with BOM, GB18030', async () => {
  assert.equal(await readReportFile(fileOf('a.txt', new TextEncoder().encode('规章 |'))), '规章 |');
  const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('规章', 'utf16le')]);
  assert.equal(await readReportFile(fileOf('a.txt', utf16)), '规章');
  assert.equal(await readReportFile(fileOf('a.txt', new Uint8Array([0xb9, 0xe6, 0xd5, 0xc2]))), '规章');
});

// ---------- PDF layout ----------

test('pdf layout: lines by baseline, items by x, tab for gaps wider than a character', () => {
  const it = (str, x, y, size = 10) => ({ str, x, y, width: [...str].length * (str.codePointAt(0) > 0x2e80 ? size : size / 2), size });
  const lines = itemsToLines([
    it('0', 300, 500.2), it('一、本年新收', 40, 500), it('49', 200, 500.4), it('50', 400, 499.8),
    it('标题', 40, 600, 16),
    it('Hello', 40, 450), it('world', 68, 450), it('年', 93.5, 450), it(' ', 120, 450),
  ]);
  assert.deepEqual(lines, ['标题', '一、本年新收\t49\t0\t50', 'Hello world年']);
  // A label wrapped in its cell, the numbers centred between its two lines.
  assert.deepEqual(itemsToLines([
    it('2', 40, 512), it('.其他法律行政法规禁止公', 45, 512), it('0', 300, 506), it('7', 400, 506), it('开', 40, 500),
    it('3.危及', 40, 490), it('1', 300, 490), it('1', 400, 490),
  ]), ['2.其他法律行政法规禁止公开\t0\t7', '3.危及\t1\t1']);
});

test('pdf: Chinese in a font that is not embedded is read with the shipped CMaps (UniGB-UCS2-H)', async () => {
  const pdf = nonEmbeddedChinesePdf([
    { x: 50, y: 700, text: '规章' }, { x: 200, y: 700, text: '40' }, { x: 300, y: 700, text: '62' },
    { x: 50, y: 680, text: '（二）部分公开' },
  ]);
  assert.equal(await readReportFile(fileOf('cid.pdf', pdf)), '规章\t40\t62\n（二）部分公开\n');
});

// ---------- documents made by LibreOffice from seed reports ----------

const REQUEST_LABELS = {
  new_received: '一、本年新收', carried_over: '二、上年结转', granted: '(一)予以公开', partially_granted: '(二)部分公开',
  'denied.state_secret': '1.属于国家秘密', 'denied.prohibited_by_law': '2.其他法律行政法规', 'denied.three_safeties_one_stability': '3.危及',
  'denied.third_party_rights': '4.保护第三方', 'denied.internal_affairs': '5.属于三类内部', 'denied.process_information': '6.属于四类过程',
  'denied.enforcement_case_file': '7.属于行政执法', 'denied.administrative_inquiry': '8.属于行政查询',
  'unable.not_held': '1.本机关不掌握', 'unable.needs_creation': '2.没有现成信息', 'unable.unclear_after_correction': '3.补正后',
  'not_processed.complaint_petition': '1.信访举报', 'not_processed.duplicate': '2.重复申请', 'not_processed.publication': '3.要求提供公开出版物',
  'not_processed.excessive': '4.无正当理由', 'not_processed.confirmation': '5.要求行政机关确认',
  other: '(六)其他处理', 'other.no_correction': '1.申请人无正当理由', 'other.no_fee_paid': '2.申请人逾期', 'other.other': '3.其他',
  total: '(七)总计', carried_forward: '四、结转下年度',
};
const ACTIVE_LABELS = {
  regulations: ['规章'], normative_documents: ['规范性文件', '行政规范性文件'], licensing: ['行政许可'],
  other_services: ['其他对外管理服务事项'], punishment: ['行政处罚'], coercion: ['行政强制'], fees: ['行政事业性收费'],
  procurement: ['政府集中采购'],
};
const LABEL_START = /^(\d+\.\D|\([一二三四五六七]\)|[一二三四五六]、)/;
const NUMBER_CELL = /^\d+(\.\d+)?\s*(万元)?$/; // pdf.js keeps the PDF's space in "74708.228 万元"

/** The lines of `text` between the heading starting with `from` and the one starting with `to`. */
function section(text, from, to) {
  const lines = text.split('\n');
  const a = lines.findIndex((l) => l.startsWith(from));
  const b = lines.findIndex((l, i) => i > a && l.startsWith(to));
  assert.ok(a >= 0, `heading ${from} not found`);
  return lines.slice(a + 1, b < 0 ? undefined : b);
}

/**
 * The numbers of the row whose label cell matches: the tab-separated cells after the label,
 * continuing on the next lines when the label wrapped (PDF) until `count` numbers are read.
 * Every cell after the label's text must be a number alone: cells keep their separation.
 */
function rowNumbers(lines, matches, count) {
  const start = lines.findIndex((l) => l.split('\t').some((c) => matches(c.trim())));
  if (start < 0) return null;
  const out = [];
  for (let i = start; i < lines.length && out.length < count; i++) {
    let cells = lines[i].split('\t').map((c) => c.trim());
    if (i === start) cells = cells.slice(cells.findIndex((c) => matches(c)) + 1);
    else if (cells.some((c) => LABEL_START.test(c) && !NUMBER_CELL.test(c))) break; // the next row
    const first = cells.findIndex((c) => NUMBER_CELL.test(c));
    if (first < 0) continue; // a wrapped label's continuation
    for (const c of cells.slice(first)) {
      assert.match(c, NUMBER_CELL, `row ${JSON.stringify(lines[start])}: cell ${JSON.stringify(c)} is not one number`);
      out.push(parseFloat(c));
    }
  }
  return out.slice(0, count);
}

function tablesFromText(text, gold) {
  const got = { requests: {}, active: {}, review_litigation: null };
  const req = section(text, '三、收到和处理', '四、政府信息公开行政复议');
  for (const key of Object.keys(gold.requests)) {
    got.requests[key] = rowNumbers(req, (c) => c.startsWith(REQUEST_LABELS[key]), 7);
  }
  const act = section(text, '二、主动公开', '三、收到和处理');
  for (const [group, rows] of Object.entries(gold.active)) {
    got.active[group] = {};
    for (const [key, cells] of Object.entries(rows)) {
      got.active[group][key] = rowNumbers(act, (c) => ACTIVE_LABELS[key].includes(c), cells.length);
    }
  }
  const rl = section(text, '四、政府信息公开行政复议', '五、');
  const numbersLine = rl.find((l) => l.split('\t').filter((c) => /^\d+$/.test(c.trim())).length >= 15);
  if (numbersLine) {
    const n = numbersLine.split('\t').map(Number);
    const group = (k) => ({ upheld: n[k], corrected: n[k + 1], other: n[k + 2], pending: n[k + 3], total: n[k + 4] });
    got.review_litigation = { review: group(0), litigation_direct: group(5), litigation_after_review: group(10) };
  }
  return got;
}

const SEEDS = ['000', '003'];
const seedPath = (n) => {
  const dir = join(CORPUS, 'seeds');
  const f = existsSync(dir) && readdirSync(dir).find((x) => x.startsWith(`${n}_`) && x.endsWith('.txt'));
  return f ? join(dir, f) : null;
};
const gold = (n) => JSON.parse(readFileSync(seedPath(n).replace(/\.txt$/, '.expected.json'), 'utf8'));

let fixtures = { ok: false, why: '' };
before(() => {
  if (spawnSync('soffice', ['--version']).error) {
    fixtures.why = 'LibreOffice (soffice) 未安装：跳过 .docx/.pdf 文件测试（scripts/install-deps.sh 会安装 libreoffice-writer-nogui）';
    console.log(`# SKIP ${fixtures.why}`);
    return;
  }
  if (!existsSync(join(VENDOR, 'pdfjs/pdf.min.mjs'))) {
    const b = spawnSync('bash', [join(ROOT, 'scripts/build-pdfjs.sh')], { stdio: 'inherit' });
    assert.equal(b.status, 0, 'scripts/build-pdfjs.sh failed');
  }
  const m = spawnSync('bash', [join(ROOT, 'tests/web/make-doc-fixtures.sh'), ...SEEDS], { stdio: 'inherit' });
  assert.equal(m.status, 0, 'tests/web/make-doc-fixtures.sh failed');
  fixtures.ok = true;
});

test('pdf: unreadable files get Chinese messages', async (t) => {
  await assert.rejects(readReportFile(fileOf('坏.pdf', new TextEncoder().encode('%PDF-1.7\nnot really'))), /^Error: 无法读取该 PDF 文件：/);
  if (!fixtures.ok) return t.skip(fixtures.why);
  await assert.rejects(readPath(join(FIXTURES, '000-locked.pdf')), /^Error: 无法读取该 PDF 文件：文件设有打开密码/);
});

for (const n of SEEDS) {
  test(`seed ${n} as plain .docx: the text comes back line for line`, async (t) => {
    if (!fixtures.ok) return t.skip(fixtures.why);
    const text = await readPath(join(FIXTURES, `${n}-plain.docx`));
    const norm = (s) => s.split(/\r?\n/).map((l) => l.trim()).filter((l) => l);
    assert.deepEqual(norm(text), norm(readFileSync(seedPath(n), 'utf8')));
  });

  for (const kind of ['docx', 'pdf']) {
    test(`seed ${n} as .${kind} with real tables: every row equals the gold file`, async (t) => {
      if (!fixtures.ok) return t.skip(fixtures.why);
      const text = await readPath(join(FIXTURES, `${n}.${kind}`));
      writeFileSync(join(FIXTURES, `${n}.${kind}.txt`), text); // for a look, and for the CLI below
      const g = gold(n);
      const got = tablesFromText(text, g);
      assert.deepEqual(got.requests, g.requests, 'table 三');
      assert.deepEqual(got.active, g.active, 'table 二');
      assert.deepEqual(got.review_litigation, g.review_litigation, 'table 四');
    });

    test(`seed ${n} as .${kind}: the native CLI gives the same tables as on the seed's text`, async (t) => {
      if (!fixtures.ok) return t.skip(fixtures.why);
      if (!existsSync(NATIVE)) return t.skip(`${NATIVE} 不存在（由 lead 构建）`);
      const txt = join(FIXTURES, `${n}.${kind}.txt`);
      if (!existsSync(txt)) writeFileSync(txt, await readPath(join(FIXTURES, `${n}.${kind}`)));
      const tables = (file) => {
        const run = spawnSync(NATIVE, ['--format', 'json', file], { maxBuffer: 64 << 20 });
        assert.ok(run.stdout.length > 0, `CLI printed nothing on ${file}: ${run.stderr}`);
        return JSON.parse(run.stdout.toString()).tables;
      };
      const fromDoc = tables(txt), fromSeed = tables(seedPath(n));
      // Where the core itself misses the gold on the plain text, say so (not the readers' doing).
      const g = gold(n);
      for (const [key, cells] of Object.entries(g.requests)) {
        if (JSON.stringify(fromSeed.requests?.rows?.[key]) !== JSON.stringify(cells)) t.diagnostic(`core on seed text: requests.${key} != gold`);
      }
      for (const [group, rows] of Object.entries(g.active)) {
        for (const [key, cells] of Object.entries(rows)) {
          if (JSON.stringify(fromSeed.active?.[group]?.[key]) !== JSON.stringify(cells)) t.diagnostic(`core on seed text: active.${group}.${key} != gold`);
        }
      }
      for (const [key, cells] of Object.entries(fromSeed.requests?.rows ?? {})) assert.deepEqual(fromDoc.requests?.rows?.[key], cells, `requests.${key}`);
      assert.deepEqual(fromDoc.active, fromSeed.active, 'active');
      assert.deepEqual(fromDoc.review_litigation, fromSeed.review_litigation, 'review_litigation');
    });
  }
}
