// PDF → text runs with their boxes, by pdf.js: the only PDF code in JavaScript. The layout (lines,
// cells, tables, page furniture) is the core's (document_from_pdf_runs), as in the CLI, which gets
// the same runs from poppler. Used by the page's Worker and by wasm/cli.mjs under node.
//   extractPdfRuns(pdfjs, bytes, {binaryData}) → JSON text for the readers module's readPdfRuns():
//     {"pages": [[w, h], …], "runs": [[page, x, y, width, height, fontSize, "text"], …]}
//     or {"failure": "encrypted" | "damaged"}
// Coordinates: points, origin at the page's top-left, y the top of the run's box.

/** pdfjs: the pdf.js module; binaryData: a pdf.js BinaryDataFactory class (CMaps), optional. */
export async function extractPdfRuns(pdfjs, bytes, { binaryData } = {}) {
  const task = pdfjs.getDocument({
    data: bytes.slice(),  // pdf.js takes the buffer over: keep the caller's bytes
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    ...(binaryData ? { BinaryDataFactory: binaryData, cMapUrl: 'vendor/pdfjs/cmaps/', cMapPacked: true } : {}),
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => {});
    return JSON.stringify({ failure: e?.name === 'PasswordException' ? 'encrypted' : 'damaged' });
  }
  const pages = [], runs = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      pages.push([viewport.width, viewport.height]);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (typeof item.str !== 'string' || !item.str.trim()) continue;
        const [a, b, c, d, e, f] = item.transform;
        const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height || 10;
        const [x, baseline] = viewport.convertToViewportPoint(e, f);
        // A glyph box reaches about 0.85 em above the baseline, as poppler's boxes do.
        runs.push([n - 1, x, baseline - 0.85 * size, item.width, size, size, item.str]);
      }
      page.cleanup();
    }
  } finally {
    await task.destroy().catch(() => {});
  }
  return JSON.stringify({ pages, runs });
}
