// The real tools that make the shapes: LibreOffice (one process per batch), pandoc, pdftotext.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });

export function toolVersions() {
  const v = (cmd, args) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return r.error ? `${cmd}: missing` : (r.stdout + r.stderr).split('\n')[0];
  };
  return [v('soffice', ['--version']), v('pandoc', ['--version']), v('pdftotext', ['-v']), v('/usr/bin/chromium', ['--version']),
    v('uconv', ['--version']), v('mutool', ['-v']), v('dpkg-query', ['-W', 'python3-pdfminer'])];
}

// Files → one target format, all in one soffice process with a private profile (no clash with
// another soffice on the machine). target: 'docx:MS Word 2007 XML', 'pdf:writer_pdf_Export',
// 'txt:Text (encoded):UTF8' (Writer's "save as plain text") or 'html:HTML (StarWriter)' (Writer's
// "save as web page"). The inputs are HTML unless `infilter` is null (soffice tells by itself).
export function libreoffice(files, target, outDir, infilter = 'HTML (StarWriter)') {
  if (!files.length) return;
  const profile = mkdtempSync(join(tmpdir(), 'xxgk-lo-'));
  try {
    run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', target, '--outdir', outDir, ...files]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

// pandoc from one format to another: docx → gfm (pipe tables; spanned cells written as empty
// cells), docx → markdown (pandoc's own: grid tables), docx or html → plain (space-aligned tables).
export const pandoc = (from, to, input, out) => run('pandoc', ['-f', from, '-t', to, '-o', out, input]);

// Simplified → traditional characters, as a traditional-script system or converter gives them
// (ICU's uconv from icu-devtools, the Hans-Hant transform).
export const traditional = (input, out) => writeFileSync(out, run('uconv', ['-f', 'utf-8', '-t', 'utf-8', '-x', 'Hans-Hant', input]));

// The three text modes of poppler's pdftotext.
export const PDFTOTEXT_MODES = { layout: ['-layout'], plain: [], raw: ['-raw'] };
export const pdftotext = (pdf, mode, out) => run('pdftotext', [...PDFTOTEXT_MODES[mode], '-enc', 'UTF-8', pdf, out]);

// Other converters' text of a PDF: MuPDF's (`mutool draw -F txt`, what MuPDF-based viewers and
// converters copy) and pdfminer's (`pdf2txt`, its layout analysis into text boxes: what
// pdfminer-based PDF-to-text services give).
export const mutoolText = (pdf, out) => run('mutool', ['draw', '-q', '-F', 'txt', '-o', out, pdf]);
export const pdfminerText = (pdf, out) => run('pdf2txt', ['-o', out, pdf]);

export const missingTools = () => ['soffice', 'pandoc', 'pdftotext', 'uconv', 'mutool', 'pdf2txt']
  .filter((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status !== 0)
  .concat(existsSync('/usr/bin/chromium') ? [] : ['chromium']);
