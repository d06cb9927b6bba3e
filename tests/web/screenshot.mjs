// node tests/web/screenshot.mjs [OUT.png]: docs/screenshot.png of the single-file page showing
// seed 003's findings, with the first error selected: its cells marked in table 三 and its place
// marked in the text (headless Debian Chromium).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SINGLE, SEED_003 } from './common.mjs';
import { launch, pasteAndWait } from './browser.mjs';

const out = process.argv[2] || join(ROOT, 'docs/screenshot.png');
const { context, close } = await launch({ viewport: { width: 1440, height: 1400 } });
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(SINGLE).href);
  await page.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 30000 });
  await pasteAndWait(page, '#report-input', readFileSync(SEED_003, 'utf8'));
  const first = page.locator('#findings .finding[data-severity="error"]').first();
  if (await first.count()) await first.click();
  await page.waitForTimeout(800);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(200);
  await page.screenshot({ path: out });
  console.log(out);
} finally {
  await close();
}
