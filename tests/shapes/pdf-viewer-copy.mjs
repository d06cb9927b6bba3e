// Text copied from a PDF viewer: each PDF shown as pdf.js's viewer shows it (Firefox's viewer,
// and the page's own: its text layer, TextLayerBuilder of pdfjs-dist's pdf_viewer.mjs, every page
// rendered), then a real select-all + copy in Chromium, read back from the clipboard. The copy
// handler is the viewer's own (selection text, Unicode normalised).
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ROOT } from './corpus.mjs';
import { launch } from '../web/browser.mjs';

const PDFJS = join(ROOT, 'web/node_modules/pdfjs-dist');
// Served from memory through the browser's request routing (no server); localhost is a secure
// origin, which the clipboard needs.
const ORIGIN = 'http://localhost:9';
const TYPES = { '.mjs': 'text/javascript', '.css': 'text/css', '.bcmap': 'application/octet-stream' };

const VIEWER = `<!doctype html><meta charset=utf-8><link rel=stylesheet href="/pdfjs/web/pdf_viewer.css">
<style>body{margin:0} .page{position:relative;margin:8px auto;border:1px solid #ccc}</style>
<div id=viewer class=pdfViewer></div>
<script type=module>
globalThis.pdfjsLib = await import('/pdfjs/build/pdf.mjs');
const { TextLayerBuilder } = await import('/pdfjs/web/pdf_viewer.mjs');
pdfjsLib.GlobalWorkerOptions.workerSrc = '/pdfjs/build/pdf.worker.mjs';
window.showPdf = async (url) => {
  const doc = await pdfjsLib.getDocument({ url, cMapUrl: '/pdfjs/cmaps/', cMapPacked: true,
    standardFontDataUrl: '/pdfjs/standard_fonts/' }).promise;
  const viewer = document.getElementById('viewer');
  viewer.replaceChildren();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale: 1 });
    const div = document.createElement('div');
    div.className = 'page';
    div.style.width = viewport.width + 'px';
    div.style.height = viewport.height + 'px';
    div.style.setProperty('--scale-factor', '1');
    div.style.setProperty('--total-scale-factor', '1');
    viewer.append(div);
    await new TextLayerBuilder({ pdfPage: page, onAppend: (layer) => div.append(layer) }).render({ viewport });
  }
  window.shown = url;
};
</script>`;

// jobs: [{ pdf, out }]: the copied text of each PDF written to out.
export async function pdfViewerCopies(jobs) {
  if (!jobs.length) return;
  const { context, close } = await launch();
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
    let current = null;
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/') return route.fulfill({ contentType: 'text/html', body: VIEWER });
      if (path.startsWith('/doc/')) return route.fulfill({ contentType: 'application/pdf', body: readFileSync(current) });
      if (path.startsWith('/pdfjs/'))
        return route.fulfill({ contentType: TYPES[extname(path)] || 'application/octet-stream', body: readFileSync(join(PDFJS, path.slice(7))) });
      return route.fulfill({ status: 404, body: '' });
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => window.showPdf);
    for (const [i, job] of jobs.entries()) {
      current = job.pdf;
      await page.evaluate((url) => window.showPdf(url), `/doc/${i}.pdf`);
      await page.click('.textLayer span');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Control+C');
      const text = await page.evaluate(() => navigator.clipboard.readText());
      if (!text.trim()) throw new Error(`nothing copied from ${job.pdf}`);
      writeFileSync(job.out, text);
    }
  } finally {
    await close();
  }
}
