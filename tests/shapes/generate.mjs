// Generates every shape of every gold report into build/shapes/<key>/<family>/<report><ext>,
// where <key> hashes everything the shapes depend on (these sources, statutory-table.js, the
// model, the corpus, the CLI's sections and cell places of the originals, the tools' versions):
// an unchanged key reuses the folder. Also makes the perturbed documents (a gold value +7 in the
// HTML, then the same tools) listed in manifest.json.
//   node tests/shapes/generate.mjs [--force]     prints the folder
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT, SHAPES, cliModel, checkFile } from './corpus.mjs';
import { shapeReports } from './variants.mjs';
import { renderReport } from './render.mjs';
import { libreoffice, pandoc, pdftotext, mutoolText, pdfminerText, traditional, toolVersions, missingTools, PDFTOTEXT_MODES } from './tools.mjs';
import { chromiumShapes } from './chromium-shapes.mjs';
import { pdfViewerCopies } from './pdf-viewer-copy.mjs';
import { consistent, documentChanges, changeId } from './gold.mjs';
import { withTypos } from './typos.mjs';
import { converterMarkdown } from './converter-markdown.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const SOURCES = ['corpus.mjs', 'narrative.mjs', 'render.mjs', 'tools.mjs', 'chromium-shapes.mjs', 'pdf-viewer-copy.mjs',
  'converter-markdown.mjs', 'generate.mjs', 'families.mjs', 'gold.mjs', 'typos.mjs', 'variants.mjs', 'template-table.mjs'].map((f) => join(HERE, f))
  .concat(join(ROOT, 'web/src/statutory-table.js'), join(ROOT, 'web/node_modules/pdfjs-dist/package.json'));

// The CLI's reading of an original, reduced to what the cutting uses.
const placesOf = (result) => ({ sections: result.sections, cell_spans: result.cell_spans });

function cacheKey(model, reports, originals) {
  const h = createHash('sha256');
  for (const f of SOURCES) h.update(readFileSync(f));
  h.update(JSON.stringify(model));
  for (const r of reports) h.update(r.name).update(r.text).update(JSON.stringify(r.gold)).update(JSON.stringify(originals.get(r.name)));
  h.update(toolVersions().join('\n'));
  return h.digest('hex').slice(0, 16);
}

const ensure = (...parts) => { const d = join(...parts); mkdirSync(d, { recursive: true }); return d; };

export async function generate({ force = false, log = console.error } = {}) {
  const missing = missingTools();
  if (missing.length) throw new Error(`缺少生成工具：${missing.join(' ')}（运行 scripts/install-deps.sh）`);
  const model = cliModel();
  const reports = shapeReports();
  const originals = new Map(reports.map((r) => [r.name, placesOf(checkFile(r.txt))]));
  const key = cacheKey(model, reports, originals);
  const dir = join(SHAPES, key);
  if (!force && existsSync(join(dir, 'manifest.json'))) return dir;

  const started = Date.now();
  if (existsSync(SHAPES)) for (const old of readdirSync(SHAPES)) rmSync(join(SHAPES, old), { recursive: true, force: true });
  const work = ensure(SHAPES, `${key}.partial`);
  const out = (family) => ensure(work, family);
  const manifest = { key, reports: reports.map((r) => r.name), perturbed: [] };

  // 1. HTML renderings: the originals, then one per document perturbation.
  const perturbedHtml = [];
  for (const r of reports) {
    const html = renderReport(model, r, originals.get(r.name));
    writeFileSync(join(out('html'), `${r.name}.html`), html);
    if (r.variantOf) continue;   // its text is the original's; its perturbations would double the conversions
    copyFileSync(r.txt, join(out('txt'), `${r.name}.txt`));
    if (!consistent(r.gold)) continue;
    for (const change of documentChanges(r.gold)) {
      const name = `${r.name}~${changeId(change)}`;
      const file = join(out('perturbed-html'), `${name}.html`);
      writeFileSync(file, renderReport(model, r, originals.get(r.name), change));
      perturbedHtml.push(file);
      manifest.perturbed.push({ report: r.name, name, change });
    }
  }
  const htmlOf = (d) => readdirSync(d).filter((f) => f.endsWith('.html')).sort().map((f) => join(d, f));

  // 2. LibreOffice: .docx and .pdf, one soffice process per batch.
  const originalsHtml = htmlOf(out('html'));
  libreoffice(originalsHtml, 'docx:MS Word 2007 XML', out('docx'));
  libreoffice(originalsHtml, 'pdf:writer_pdf_Export', out('lo-pdf'));
  libreoffice(originalsHtml, 'txt:Text (encoded):UTF8', out('lo-txt'));
  libreoffice(perturbedHtml, 'docx:MS Word 2007 XML', out('perturbed-docx'));
  // The .docx saved as a web page by Writer (a Word file published as HTML).
  libreoffice(readdirSync(out('docx')).sort().map((f) => join(out('docx'), f)), 'html:HTML (StarWriter)', out('lo-html'), null);
  libreoffice(perturbedHtml, 'pdf:writer_pdf_Export', out('perturbed-lo-pdf'));

  // 3. Chromium: print-to-PDF of every rendering, clipboard of the originals.
  const jobs = originalsHtml.map((html) => {
    const name = basename(html, '.html');
    return { html, pdf: join(out('chromium-pdf'), `${name}.pdf`), printPdf: join(out('print-pdf'), `${name}.pdf`),
      clipboardText: join(out('clipboard-text'), `${name}.txt`), clipboardHtml: join(out('clipboard-html'), `${name}.html`) };
  }).concat(perturbedHtml.map((html) => ({ html, pdf: join(out('perturbed-chromium-pdf'), `${basename(html, '.html')}.pdf`) })));
  await chromiumShapes(jobs);

  // 3b. Each PDF's text as copied from pdf.js's viewer.
  await pdfViewerCopies(['lo-pdf', 'chromium-pdf', 'print-pdf'].flatMap((pdfFamily) => reports.map((r) => ({
    pdf: join(work, pdfFamily, `${r.name}.pdf`), out: join(out(`${pdfFamily}-viewer`), `${r.name}.txt`) }))));

  // 4. pandoc Markdown of each .docx; pdftotext in its three modes, MuPDF's and pdfminer's text of each PDF.
  for (const [index, r] of reports.entries()) {
    const docx = join(work, 'docx', `${r.name}.docx`);
    pandoc('docx', 'gfm', docx, join(out('docx-md'), `${r.name}.md`));
    writeFileSync(join(out('converter-md'), `${r.name}.md`),
      converterMarkdown(model, r.gold, readFileSync(join(work, 'docx-md', `${r.name}.md`), 'utf8'),
        { headerLines: index % 2 === 0 }));
    pandoc('docx', 'markdown', docx, join(out('docx-markdown'), `${r.name}.md`));
    pandoc('docx', 'plain', docx, join(out('docx-plain'), `${r.name}.txt`));
    pandoc('html', 'plain', join(work, 'html', `${r.name}.html`), join(out('html-plain'), `${r.name}.txt`));
    pandoc('docx', 'html', docx, join(out('docx-html'), `${r.name}.html`));
    pandoc('html', 'docx', join(work, 'html', `${r.name}.html`), join(out('pandoc-docx'), `${r.name}.docx`));
    for (const pdfFamily of ['lo-pdf', 'chromium-pdf', 'print-pdf']) {
      const pdf = join(work, pdfFamily, `${r.name}.pdf`);
      for (const mode of Object.keys(PDFTOTEXT_MODES)) pdftotext(pdf, mode, join(out(`${pdfFamily}-${mode}`), `${r.name}.txt`));
      mutoolText(pdf, join(out(`${pdfFamily}-mutool`), `${r.name}.txt`));
      pdfminerText(pdf, join(out(`${pdfFamily}-pdfminer`), `${r.name}.txt`));
    }
  }

  // 5. The report in traditional characters; labels printed with typos, in the layout text of the Chromium PDF.
  for (const r of reports) {
    const layout = join(work, 'chromium-pdf-layout', `${r.name}.txt`);
    const text = withTypos(readFileSync(layout, 'utf8'), model, r.gold.format, checkFile(layout).sections);
    writeFileSync(join(out('typos-layout'), `${r.name}.txt`), text);
    if (!r.variantOf) traditional(r.txt, join(out('traditional'), `${r.name}.txt`));
  }

  for (const f of [...readdirSync(work)]) {
    for (const r of readdirSync(join(work, f))) if (!readFileSync(join(work, f, r)).length) throw new Error(`空文件：${f}/${r}`);
  }
  manifest.seconds = Math.round((Date.now() - started) / 100) / 10;
  writeFileSync(join(work, 'manifest.json'), JSON.stringify(manifest, null, 1));
  renameSync(work, dir);
  log(`[shapes] 生成 ${reports.length} 份报告的全部形态，用时 ${manifest.seconds} 秒：${dir}`);
  return dir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await generate({ force: process.argv.includes('--force') }));
}
