// One Chromium session for all pages: print-to-PDF of each HTML rendering, and a real select-all
// + copy of the originals, read back from the clipboard as text/plain and text/html.
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { launch } from '../web/browser.mjs';

// jobs: [{ html, pdf, clipboardText?, clipboardHtml? }]
export async function chromiumShapes(jobs) {
  const { context, close } = await launch();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    for (const job of jobs) {
      await page.goto(pathToFileURL(job.html).href);
      await page.pdf({ path: job.pdf, format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
      if (!job.clipboardText) continue;
      await page.bringToFront();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      const copied = await page.evaluate(async () => {
        const out = {};
        for (const item of await navigator.clipboard.read()) {
          for (const type of item.types) out[type] = await (await item.getType(type)).text();
        }
        return out;
      });
      if (!copied['text/plain'] || !copied['text/html']) throw new Error(`clipboard empty for ${job.html}`);
      writeFileSync(job.clipboardText, copied['text/plain']);
      writeFileSync(job.clipboardHtml, copied['text/html']);
    }
  } finally {
    await close();
  }
}
