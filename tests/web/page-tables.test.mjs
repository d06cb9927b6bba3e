// The tables in their statutory layout: each under its own format's headers (a report may mix
// them), and on the clipboard as HTML with the merged header cells plus a TSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, pasteAndWait } from './browser.mjs';
import {
  openSingle, seedText, seedGold, devText, model, headerLabels, SEED_000, SEED_003,
} from './page-helpers.mjs';
import { tableLines } from '../../web/src/statutory-table.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const headersOf = (page, table) => page.locator(`#tables .table-block[data-table="${table}"] th`).allTextContents();

// Labels of one format that the other format does not have.
function only(formatId, otherId, table) {
  const other = new Set(headerLabels(otherId, table));
  return headerLabels(formatId, table).filter((l) => !other.has(l));
}

async function assertFormat(page, table, formatId, otherId) {
  assert.equal(await page.locator(`#tables .table-block[data-table="${table}"]`).getAttribute('data-format'), formatId);
  const shown = new Set(await headersOf(page, table));
  const mine = only(formatId, otherId, table);
  const theirs = only(otherId, formatId, table);
  assert.ok(mine.length + theirs.length > 0, 'the formats differ in this table');
  for (const l of mine) assert.ok(shown.has(l), `${table} shows ${formatId}'s “${l}”`);
  for (const l of theirs) assert.ok(!shown.has(l), `${table} does not show ${otherId}'s “${l}”`);
}

test('a report mixing the formats shows each table under its own headers', async () => {
  const { page, w } = await openSingle(browser.context);
  // A real one: 洪泽 2023 has table 二 in the 2021 format, tables 三 and 四 in the 2019 one.
  await pasteAndWait(page, '#report-input', devText('06_hongze_2023'));
  await assertFormat(page, 'active', '2021', '2019');
  await assertFormat(page, 'requests', '2019', '2021');
  // And the other way round: table 二 of 2019 (seed 000), table 三 of 2021 (seed 003), laid out
  // by the same code the page copies with.
  const m = model();
  const section = (fmt, table) => {
    const f = m.formats.find((x) => x.id === fmt);
    const s = f.sections.find((x) => x.number === f.tables[table].section);
    return `${s.numeral}、${s.title}`;
  };
  const lines = (fmt, table, values) => [section(fmt, table), ...tableLines(m, fmt, table, values)];
  const mixed = [...lines('2019', 'active', seedGold(SEED_000).active),
    ...lines('2021', 'requests', { rows: seedGold(SEED_003).requests })].join('\n');
  await pasteAndWait(page, '#report-input', mixed);
  await assertFormat(page, 'active', '2019', '2021');
  await assertFormat(page, 'requests', '2021', '2019');
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('复制表格 puts the statutory tables on the clipboard: HTML with the merged header cells, and TSV', async () => {
  const { page, w } = await openSingle(browser.context);
  await pasteAndWait(page, '#report-input', seedText(SEED_003));
  await page.evaluate(() => {
    window.addEventListener('copy', (e) => {
      window.__copied = { html: e.clipboardData.getData('text/html'), text: e.clipboardData.getData('text/plain') };
    });
  });
  await page.click('#copy-tables');
  const copied = await page.evaluate(() => window.__copied);
  assert.ok(copied && copied.html && copied.text, 'HTML and plain text were copied');
  const cells = await page.evaluate((html) => [...new DOMParser().parseFromString(html, 'text/html').querySelectorAll('th')]
    .map((th) => ({ label: th.textContent, colspan: th.colSpan, rowspan: th.rowSpan })), copied.html);
  const format = m2021();
  for (const table of ['requests', 'review_litigation']) {
    for (const h of format.tables[table].header.flat()) {
      assert.ok(cells.some((c) => c.label === h.label && c.colspan === (h.colspan || 1) && c.rowspan === (h.rowspan || 1)),
        `${table}: “${h.label}” colspan ${h.colspan || 1} rowspan ${h.rowspan || 1}`);
    }
  }
  const corner = format.tables.requests.corner;
  assert.ok(cells.some((c) => c.label === corner && c.rowspan === format.tables.requests.header.length), 'the corner note spans the header');
  assert.match(copied.html, /<td align="right">27<\/td>/, 'numbers right-aligned');
  const tsv = copied.text.split(/\r\n/);
  assert.ok(tsv.some((l) => l.startsWith('一、本年新收政府信息公开申请数量\t') || l.includes('\t一、本年新收政府信息公开申请数量\t')),
    'a TSV row per table row');
  assert.deepEqual(w.errors, []);
  await page.close();
});

function m2021() {
  return model().formats.find((f) => f.id === '2021');
}

test('numbers placed by order are marked: their column is a guess', async () => {
  const { page, w } = await openSingle(browser.context);
  // Table 四 copied without its blank cells (12 numbers for 15 cells): each group's total is known,
  // the columns of its parts are not.
  const fixture = readFileSync(new URL('../rules/input.cells_placed_by_order/fires/raw-copy-of-table-four-without-its-blank-cells.txt', import.meta.url), 'utf8');
  await pasteAndWait(page, '#report-input', fixture.split('=== expected')[0]);
  const block = page.locator('#tables .table-block[data-table="review_litigation"]');
  const guessed = await block.locator('td.guessed').evaluateAll((tds) => tds.map((td) => [td.dataset.cell, td.textContent]));
  const parts = ['upheld', 'corrected', 'other', 'pending'];
  const groups = ['review', 'litigation_direct', 'litigation_after_review'];
  assert.deepEqual(guessed.map(([id]) => id).sort(), groups.flatMap((g) => parts.map((k) => `review_litigation:${g}:${k}`)).sort());
  assert.ok(guessed.every(([, text]) => text.endsWith('?')), 'a guessed cell says so');
  assert.deepEqual(await block.locator('td[data-cell$=":total"]').allTextContents(), ['55', '12', '22']);
  assert.deepEqual(w.errors, []);
  await page.close();
});
