// The text is the user's: showing a finding's place changes nothing a keystroke could replace,
// and every control shows where the focus is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pasteAndWait } from './browser.mjs';
import { openSingle, seedText, SEED_003 } from './page-helpers.mjs';

const seed = seedText(SEED_003);
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

const textOf = (page) => page.inputValue('#report-input');
const focusIsInText = (page) => page.evaluate(() => document.activeElement === document.getElementById('report-input'));

test('Enter, Space and typing after a finding is shown leave the text unchanged', async () => {
  const { page, w } = await openSingle(browser.context);
  await pasteAndWait(page, '#report-input', seed);
  // narrative.replies quotes 答复28件: the words the old page let a second Enter replace.
  const item = page.locator('#findings .finding[data-rule="narrative.replies"]');
  await item.focus();
  await page.keyboard.press('Enter');
  assert.equal(await item.getAttribute('class'), 'finding active', 'Enter showed the finding');
  assert.ok(await page.locator('.source-mark').count() > 0, 'its place is marked over the text');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.keyboard.type('改动 12');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  assert.equal(await textOf(page), seed);
  assert.equal(await focusIsInText(page), false);

  // A click, then typing.
  await page.locator('#findings .finding[data-rule="requests.balance"]').first().click();
  await page.keyboard.type('99');
  await page.keyboard.press('Enter');
  assert.equal(await textOf(page), seed);
  const sel = await page.evaluate(() => {
    const ta = document.getElementById('report-input');
    return ta.selectionEnd - ta.selectionStart;
  });
  assert.equal(sel, 0, 'nothing selected in the text box');
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('the marked place is scrolled into the text box', async () => {
  const { page } = await openSingle(browser.context);
  await pasteAndWait(page, '#report-input', seed);
  // The fee statement is in the last section: the box must scroll down to show it.
  await page.locator('#findings .finding[data-rule="section.fee_statement"]').click();
  const r = await page.evaluate(() => {
    const ta = document.getElementById('report-input').getBoundingClientRect();
    const m = document.querySelector('.source-mark').getBoundingClientRect();
    return { scrolled: document.getElementById('report-input').scrollTop, top: m.top, bottom: m.bottom, taTop: ta.top, taBottom: ta.bottom };
  });
  assert.ok(r.scrolled > 0, 'the box scrolled');
  assert.ok(r.top >= r.taTop && r.bottom <= r.taBottom, `the mark (${r.top}–${r.bottom}) is inside the box (${r.taTop}–${r.taBottom})`);
  await page.close();
});

test('上一项/下一项 and the arrow keys walk the findings', async () => {
  const { page } = await openSingle(browser.context);
  await pasteAndWait(page, '#report-input', seed);
  const order = await page.locator('#findings .finding').evaluateAll((els) => els.map((e) => e.dataset.index));
  await page.click('#next-finding');
  assert.equal(await page.locator('#findings .finding.active').getAttribute('data-index'), order[0]);
  await page.click('#next-finding');
  assert.equal(await page.locator('#findings .finding.active').getAttribute('data-index'), order[1]);
  await page.keyboard.press('ArrowDown');   // the focus is on the active finding
  assert.equal(await page.locator('#findings .finding.active').getAttribute('data-index'), order[2]);
  await page.click('#prev-finding');
  assert.equal(await page.locator('#findings .finding.active').getAttribute('data-index'), order[1]);
  assert.equal(await textOf(page), seed);
  await page.close();
});

test('every control shows a focus ring, the hidden file input through its label', async () => {
  const { page } = await openSingle(browser.context);
  await pasteAndWait(page, '#report-input', seed);
  const ring = (selector) => page.evaluate((s) => {
    const cs = getComputedStyle(document.querySelector(s));
    return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
  }, selector);
  await page.focus('#report-input');
  await page.keyboard.press('Tab');          // from the text box to the file input
  assert.equal(await page.evaluate(() => document.activeElement.id), 'file-input');
  assert.equal(await ring('#drop-zone label.button'), true, 'the 选择文件 label shows the ring');
  for (const id of ['#copy-tables', '#next-finding', '#findings .finding', '#mode-form']) {
    await page.focus(id);
    // Keyboard focus (focus-visible) after a key press.
    await page.keyboard.press('Shift');
    assert.equal(await ring(id), true, `${id} shows the ring`);
  }
  await page.close();
});
