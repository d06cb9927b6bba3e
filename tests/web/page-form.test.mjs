// The hand-filled form: numbers typed into the statutory tables are checked as they come, by the
// same check() as a pasted report, and together with the report's own text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pasteAndWait } from './browser.mjs';
import { openSingle, seedText, seedGold, goldCells, SEED_000, SEED_003 } from './page-helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

async function typeGold(page, gold) {
  await page.click('#mode-form');
  await page.selectOption('#form-format', gold.format);
  const cells = goldCells(gold);
  for (const [id, value] of Object.entries(cells)) {
    await page.locator(`#hand-form input[data-form-cell="${id}"]`).fill(value);
  }
  return cells;
}

// Waits until the result tables show exactly these values.
async function waitForTables(page, cells) {
  await page.waitForFunction((want) => Object.entries(want).every(([id, v]) => {
    const td = document.querySelector(`#tables td[data-cell="${CSS.escape(id)}"]`);
    return td && td.firstChild && td.firstChild.textContent === v;
  }) && document.getElementById('status').dataset.state === 'done', cells, { timeout: 60000 });
}

test('seed 000 typed into the form from its gold file: the tables are read back cell for cell', async () => {
  const { page, w } = await openSingle(browser.context);
  const cells = await typeGold(page, seedGold(SEED_000));
  await waitForTables(page, cells);
  for (const t of ['active', 'requests', 'review_litigation']) {
    assert.equal(await page.locator(`#tables .table-block[data-table="${t}"]`).getAttribute('data-format'), '2019');
  }
  assert.equal(await page.locator('#findings [data-rule^="requests."], #findings [data-rule^="review_litigation."]').count(), 0,
    'seed 000 is consistent');
  // Its numbers go to Word as the statutory table.
  await page.evaluate(() => window.addEventListener('copy', (e) => { window.__html = e.clipboardData.getData('text/html'); }));
  await page.click('#copy-tables');
  const html = await page.evaluate(() => window.__html);
  assert.match(html, /<th colspan="7">申请人情况<\/th>/);
  assert.match(html, /<td[^>]*align="right">74708\.228<\/td>/, 'the money cell as typed');
  assert.equal(await page.inputValue('#report-input'), '', 'the text box is untouched');
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('seed 003 typed into the form raises its balance error, and its fix is written into the form', async () => {
  const { page, w } = await openSingle(browser.context);
  const gold = seedGold(SEED_003);
  await typeGold(page, gold);
  await page.locator('#findings .finding[data-rule="requests.balance"]').first().waitFor({ timeout: 60000 });
  assert.equal(await page.locator('#hand-form td[data-form-cell="requests:new_received:0"]').getAttribute('data-severity'), 'error');
  await page.click('#findings .fact .apply-fix[data-option="0"]');
  await page.locator('#findings .finding[data-rule="requests.balance"]').first().waitFor({ state: 'detached', timeout: 60000 });
  assert.equal(await page.inputValue('#hand-form input[data-form-cell="requests:new_received:0"]'),
    String(gold.requests.new_received[0] - 1));
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('a report whose tables are images: 在此手工录入表格, and the narrative is checked against the typed numbers', async () => {
  const { page, w } = await openSingle(browser.context);
  const text = seedText('004_fe42c0596ed7a7d9');
  await pasteAndWait(page, '#report-input', text);
  const missing = page.locator('#findings .finding[data-rule="table.missing"]').first();
  await missing.locator('.hand-form-link').click();
  assert.equal(await page.locator('#form-panel').isVisible(), true);
  assert.equal(await page.inputValue('#form-format'), '2019', 'the report year\'s format');
  // Seed 000's tables typed in: 50 received, where this report's narrative says 271.
  for (const [id, value] of Object.entries(goldCells(seedGold(SEED_000)))) {
    await page.locator(`#hand-form input[data-form-cell="${id}"]`).fill(value);
  }
  await page.locator('#findings .finding[data-rule="narrative.received"]').first().waitFor({ timeout: 60000 });
  assert.equal(await page.locator('#findings .finding[data-rule="table.missing"]').count(), 0, 'the typed tables are read');
  assert.equal(await page.inputValue('#report-input'), text, 'the text box is untouched');
  assert.deepEqual(w.errors, []);
  await page.close();
});
