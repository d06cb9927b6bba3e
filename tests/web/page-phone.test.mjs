// At 390 px wide (a phone): the results one tap away, labels readable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pasteAndWait } from './browser.mjs';
import { openSingle, seedText, SEED_003 } from './page-helpers.mjs';

let browser;
before(async () => { browser = await launch({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }); });
after(async () => { if (browser) await browser.close(); });

test('390 px: one tap on 检查结果 brings the first finding into view', async () => {
  const { page, w } = await openSingle(browser.context);
  await pasteAndWait(page, '#report-input', seedText(SEED_003));
  const first = page.locator('#findings .finding').first();
  const inView = async () => {
    const box = await first.boundingBox();
    return box.y >= 0 && box.y + Math.min(box.height, 80) <= 844;
  };
  assert.equal(await inView(), false, 'the first finding starts below the text box');
  await page.tap('#jump-results');
  await page.waitForFunction(() => {
    const b = document.querySelector('#findings .finding').getBoundingClientRect();
    return b.top >= 0 && b.top + 80 <= innerHeight;
  });
  assert.equal(await inView(), true);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1), true,
    'the page itself does not scroll sideways (wide tables scroll in their own box)');
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('390 px: no label wraps one character per line', async () => {
  const { page } = await openSingle(browser.context);
  await pasteAndWait(page, '#report-input', seedText(SEED_003));
  // Every horizontal label (and button, tab, jump link, finding title) is at least two characters
  // wide, or holds a single character.
  const narrow = await page.evaluate(() => {
    const out = [];
    const els = document.querySelectorAll('#tables th:not(.vgroup), button, [role="tab"], .jump a, .rule-title, .meta dd, .where');
    for (const el of els) {
      if (!el.offsetParent) continue;
      const text = el.textContent.trim();
      if ([...text].length < 2) continue;
      const fontSize = parseFloat(getComputedStyle(el).fontSize);
      const width = el.getBoundingClientRect().width;
      if (width < 2 * fontSize) out.push(`${el.tagName} “${text.slice(0, 12)}” ${width.toFixed(0)}px`);
    }
    return out;
  });
  assert.deepEqual(narrow, []);
  await page.close();
});
