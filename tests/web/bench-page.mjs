// node tests/web/bench-page.mjs: the page's figures in headless Chromium (printed, never asserted;
// scripts/bench.sh runs it): module load, time from a paste to the first finding on screen,
// typing lag in the text box (keydown to the next frame), and the cost of showing a finding's
// place near the start and two million characters in.
import { launch } from './browser.mjs';
import { openSingle, seedText, SEED_003, nativeResult } from './page-helpers.mjs';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const f1 = (x) => x.toFixed(1);
const seed = seedText(SEED_003);
const { context, close } = await launch();
try {
  const { page } = await openSingle(context);
  console.log(`页面：模块加载（含预热）${await page.evaluate(() => document.getElementById('status').dataset.loadMs)} ms`);

  // Paste → the first finding in the list (the check in the Worker, parsing, rendering).
  const firstFinding = (text) => page.evaluate((t) => new Promise((resolve) => {
    const list = document.getElementById('findings');
    const seq = document.getElementById('status').dataset.seq;
    const t0 = performance.now();
    const obs = new MutationObserver(() => {
      if (document.getElementById('status').dataset.seq !== seq && list.querySelector('.finding')) {
        obs.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      }
    });
    obs.observe(document.getElementById('status'), { attributes: true });
    const ta = document.getElementById('report-input');
    ta.value = t;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }), text);
  const first = [];
  for (let i = 0; i < 7; i++) first.push(await firstFinding(seed + ' '.repeat(i)));
  console.log(`页面：粘贴种子 003（${seed.length} 字）到第一条发现显示：中位 ${f1(median(first))} ms，最慢 ${f1(Math.max(...first))} ms`);

  // Typing lag: keydown to the next frame, while the page re-checks after each pause.
  const typing = (label) => typingIn(page, label);
  async function typingIn(page, label) {
    await page.evaluate(() => {
      window.__lags = [];
      const ta = document.getElementById('report-input');
      if (window.__lagListener) ta.removeEventListener('keydown', window.__lagListener);
      window.__lagListener = () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__lags.push(performance.now() - t0), 0));
      };
      ta.addEventListener('keydown', window.__lagListener);
    });
    await page.focus('#report-input');
    await page.evaluate(() => { const ta = document.getElementById('report-input'); ta.setSelectionRange(ta.value.length, ta.value.length); });
    await page.keyboard.type('1234567890123456789012345', { delay: 80 });
    await page.waitForTimeout(1500);
    const lags = await page.evaluate(() => window.__lags);
    console.log(`页面：${label}打字延迟（按键到下一帧，${lags.length} 次）：中位 ${f1(median(lags))} ms，最慢 ${f1(Math.max(...lags))} ms`);
  }
  await typing('种子 003 中');

  // 2.3 million characters: showing a place near the start and at the end.
  const big = seed.repeat(Math.ceil(2300000 / seed.length));
  const spans = nativeResult(big).findings.filter((f) => f.span).map((f) => f.span);
  const near = spans.sort((a, b) => a[0] - b[0])[0];
  const far = spans[spans.length - 1];
  await page.evaluate((t) => {
    const ta = document.getElementById('report-input');
    ta.value = t;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, big);
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'done', null, { timeout: 120000 });
  const click = async (span) => {
    const item = page.locator(`#findings .finding[data-span="${span.join(',')}"]`).first();
    while (!(await item.count())) await page.click('#show-more');
    return item.evaluate((el) => { const t0 = performance.now(); el.click(); return performance.now() - t0; });
  };
  const build = await click(near);
  const nearMs = []; const farMs = [];
  for (let i = 0; i < 5; i++) { nearMs.push(await click(near)); farMs.push(await click(far)); }
  console.log(`页面：${big.length} 字中显示发现位置：首次（建镜像）${f1(build)} ms；其后开头处中位 ${f1(median(nearMs))} ms，第 ${far[0]} 字处中位 ${f1(median(farMs))} ms`);
  await typing(`${big.length} 字中`);
  await page.close();

  // The same text in a bare textarea: what the browser itself costs per keystroke at that size.
  const bare = await context.newPage();
  await bare.setContent('<textarea id="report-input" style="width:520px;height:600px;font-size:14px;line-height:22px"></textarea>');
  await bare.evaluate((t) => { document.getElementById('report-input').value = t; }, big);
  await bare.waitForTimeout(2000);
  await typingIn(bare, `${big.length} 字中（空白页面里的 textarea，对照）`);
  await bare.close();
} finally {
  await close();
}
