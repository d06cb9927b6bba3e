// One Chromium session for all pages: print-to-PDF of each HTML rendering, and a real select-all
// + copy of the originals, read back from the clipboard as text/plain and text/html.
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { launch } from '../web/browser.mjs';

// A browser's print dialog with its defaults kept: headers and footers on (date and title above,
// address and page number below, on every page), here on A5 so that tables cross pages. The date
// and the address are written out as a browser prints them, so that the shape does not change
// with the day or the folder it is made in.
const band = (left, right) => '<div style="font-size:8px;width:100%;display:flex;justify-content:space-between;'
  + `padding:0 1cm"><span>${left}</span><span>${right}</span></div>`;
const PRINT_DIALOG = {
  format: 'A5',
  displayHeaderFooter: true,
  headerTemplate: band('2024/3/15 09:41', '<span class="title"></span>'),
  footerTemplate: band('https://www.example.gov.cn/art/2024/3/15/art_1229_4711.html',
    '<span class="pageNumber"></span>/<span class="totalPages"></span>'),
  margin: { top: '1.5cm', bottom: '1.5cm', left: '1cm', right: '1cm' },
};

// jobs: [{ html, pdf, printPdf?, clipboardText?, clipboardHtml? }]
export async function chromiumShapes(jobs) {
  const { context, close } = await launch();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    for (const job of jobs) {
      await page.goto(pathToFileURL(job.html).href);
      await page.pdf({ path: job.pdf, format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
      if (job.printPdf) await page.pdf({ path: job.printPdf, ...PRINT_DIALOG });
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
