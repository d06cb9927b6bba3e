// 采用此修改: the chosen fix rewrites exactly the cells' digits in the user's text, as an undoable
// edit, and the re-check no longer finds the broken relations.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pasteAndWait } from './browser.mjs';
import { openSingle, seedText, seqOf, waitForCheck, nativeResult, SEED_003 } from './page-helpers.mjs';

const seed = seedText(SEED_003);
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('seed 003: 采用此修改 changes the chosen cells\' digits only, clears the balance errors, Ctrl+Z undoes it', async () => {
  // What the core proposes, and where each cell of the best fix is in the text.
  const expected = nativeResult(seed);
  const fix = expected.findings.find((f) => f.details && f.details.fixes);
  const option = fix.details.fixes[0];
  let want = seed;
  for (const c of [...option].sort((a, b) => b.column - a.column)) {
    const [a, b] = expected.cell_spans[fix.table][c.row][c.column];
    assert.equal(Number(seed.slice(a, b)), c.from, 'the span holds the number the core read');
    want = want.slice(0, a) + String(c.to) + want.slice(b);
  }
  assert.notEqual(want, seed);

  const { page, w } = await openSingle(browser.context);
  await pasteAndWait(page, '#report-input', seed);
  assert.equal(await page.locator('#findings .finding[data-rule="requests.balance"]').count(), 2);
  const button = page.locator('#findings .fact .apply-fix[data-option="0"]');
  const described = await page.locator('#findings .fact .fix-option[data-option="0"] .fix-text').textContent();
  for (const c of option) assert.ok(described.includes(`${c.from} → ${c.to}`), `the best fix says ${c.from} → ${c.to}`);
  if (fix.details.fix_reasons) {
    assert.ok((await page.locator('#findings .fact .fix-option[data-option="0"] .fix-reason').textContent()).includes(fix.details.fix_reasons[0]));
  }
  const before = await seqOf(page);
  await button.click();
  await waitForCheck(page, before);
  assert.equal(await page.inputValue('#report-input'), want, 'exactly the chosen cells changed');
  assert.equal(await page.locator('#findings [data-rule="requests.balance"]').count(), 0, 'the balance errors are gone');
  assert.equal(await page.locator('#findings .fact').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement === document.getElementById('report-input')), false,
    'the focus did not stay in the text box');

  // The page's change is on the text box's undo stack.
  const again = await seqOf(page);
  await page.focus('#report-input');
  await page.keyboard.press('Control+z');
  await waitForCheck(page, again);
  assert.equal(await page.inputValue('#report-input'), seed, 'Ctrl+Z brings the old numbers back');
  assert.equal(await page.locator('#findings [data-rule="requests.balance"]').count(), 2);
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('the sample report on the first screen is checked and its fix can be taken', async () => {
  const { page, w } = await openSingle(browser.context);
  assert.equal(await page.locator('#intro').isVisible(), true, 'the first screen says what is checked');
  assert.ok(await page.locator('#rule-list li').count() > 10, 'with the list of checks from the core');
  const before = await seqOf(page);
  await page.click('#try-sample');
  await waitForCheck(page, before);
  assert.ok((await page.inputValue('#report-input')).length > 500);
  assert.ok(await page.locator('#findings .fact').count() === 1, 'the sample has one wrong cell');
  const next = await seqOf(page);
  await page.click('#findings .fact .apply-fix[data-option="0"]');
  await waitForCheck(page, next);
  assert.equal(await page.locator('#findings [data-severity="error"]').count(), 0, 'no error left');
  assert.deepEqual(w.errors, []);
  await page.close();
});
