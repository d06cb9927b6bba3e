// Input far larger than a report: said to be so, checked in the Worker without holding up a newer
// paste (the stale check is cancelled), its findings listed page by page, and a place two
// million characters in shown without rebuilding anything.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pasteAndWait } from './browser.mjs';
import { openSingle, seedText, seqOf, waitForCheck, nativeResult, SEED_003 } from './page-helpers.mjs';

const seed = seedText(SEED_003);
const repeatTo = (chars) => seed.repeat(Math.ceil(chars / seed.length));
let browser;
before(async () => { browser = await launch(); });
after(async () => { if (browser) await browser.close(); });

test('a 5 MB paste is said to be large and several reports; a newer paste cancels the stale check', async () => {
  const { page, w } = await openSingle(browser.context);
  let big = seed;
  while (Buffer.byteLength(big) < 5 * 1024 * 1024) big += seed;
  await pasteAndWait(page, '#report-input', big);
  const notice = page.locator('#input-notice');
  assert.equal(await notice.isVisible(), true);
  assert.match(await notice.getAttribute('data-kind'), /large/);
  assert.match(await notice.getAttribute('data-kind'), /several/);
  assert.match(await notice.textContent(), /5\.\d MB/);

  // The big text again, and at once the right report: the Worker still runs the big text's check
  // when the second paste comes (a check cannot be interrupted inside wasm), so that worker is
  // terminated and the warm spare checks the new text.
  await page.waitForFunction(() => document.getElementById('status').dataset.spare === 'ready', null, { timeout: 60000 });
  const before = await seqOf(page);
  const running = await page.evaluate(([a, b]) => {
    const ta = document.getElementById('report-input');
    const paste = (t) => { ta.value = t; ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' })); };
    paste(a);
    const first = document.getElementById('status').dataset.running;
    paste(b);
    return first;
  }, [big + ' ', seed]);
  assert.notEqual(running, '', 'the big text was being checked');
  await waitForCheck(page, before);
  assert.equal(await page.evaluate(() => document.getElementById('status').dataset.cancelled), '1',
    'the stale check was cancelled (its worker terminated)');
  assert.equal(await page.evaluate(() => document.getElementById('status').dataset.seq), String(Number(running) + 1),
    'the result shown is the newer paste\'s');
  assert.equal(await page.locator('[data-meta="agency"]').textContent(), nativeResult(seed).meta.agency);
  assert.equal(await notice.isVisible(), false);
  // The next spare is loaded, and a check after that still works.
  await page.waitForFunction(() => document.getElementById('status').dataset.spare === 'ready', null, { timeout: 60000 });
  await pasteAndWait(page, '#report-input', seed + '\n');
  assert.equal(await page.locator('#findings [data-rule="requests.balance"]').count(), 2);
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('2.3 million characters: findings listed page by page with a count, a far place shown without a rebuild', async () => {
  const big = repeatTo(2300000);
  const expected = nativeResult(big).findings;
  const { page, w } = await openSingle(browser.context);
  await pasteAndWait(page, '#report-input', big);
  const rendered = await page.locator('#findings .finding').count();
  assert.ok(rendered < 150, `only the first page is in the DOM (${rendered} of ${expected.length})`);
  assert.match(await page.locator('#show-more').textContent(), new RegExp(`还有 \\d+ 项`));
  assert.match(await page.locator('#summary').textContent(), new RegExp(`${expected.filter((f) => f.severity === 'warning').length} 项`));

  // Near the start, then the farthest finding (shown after paging on).
  const near = expected.filter((f) => f.span && f.rule === 'narrative.replies')[0];
  await page.locator(`#findings .finding[data-span="${near.span.join(',')}"]`).click();
  assert.equal(await page.locator('.source-mirror').getAttribute('data-builds'), '1');
  assert.ok(Number(await page.locator('.source-mirror').getAttribute('data-chunks')) > 100, 'the mirror is cut in chunks');
  const far = expected.filter((f) => f.span).sort((a, b) => b.span[0] - a.span[0])[0];
  assert.ok(far.span[0] > 2000000);
  const farItem = page.locator(`#findings .finding[data-span="${far.span.join(',')}"]`);
  while (!(await farItem.count())) await page.click('#show-more');
  await farItem.click();
  assert.equal(await page.locator('.source-mirror').getAttribute('data-builds'), '1', 'no rebuild for the second place');
  const r = await page.evaluate(() => {
    const ta = document.getElementById('report-input').getBoundingClientRect();
    const m = document.querySelector('.source-mark').getBoundingClientRect();
    return { top: m.top, bottom: m.bottom, taTop: ta.top, taBottom: ta.bottom };
  });
  assert.ok(r.top >= r.taTop && r.bottom <= r.taBottom, 'the far place is in view');
  assert.equal(await page.evaluate((n) => document.getElementById('report-input').value.length === n, big.length), true);
  assert.deepEqual(w.errors, []);
  await page.close();
});
