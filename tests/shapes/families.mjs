// The shape families, in the order the harness reports them. `text`: the file is plain text whose
// cell spans point into its own characters (perturbed in place); `pdf`: read by the CLI only once
// it accepts PDF files; `varies`: the tool's output differs from run to run (pdfminer breaks ties
// in its layout analysis by object address), so only what must hold in every run fails the check
// (no false arithmetic error, the identity, no error after stray furniture); cells and
// perturbations are counted. `corpusText`: made from the corpus text itself, so a report's
// value variant (variants.mjs) has none.
export const FAMILIES = [
  { id: 'txt', ext: '.txt', text: true, corpusText: true, how: 'the corpus report itself' },
  { id: 'traditional', ext: '.txt', text: true, corpusText: true, how: 'uconv -x Hans-Hant of the corpus report' },
  { id: 'html', ext: '.html', how: 'the rendering: narrative paragraphs + statutory-table.js tables of the gold' },
  { id: 'docx', ext: '.docx', how: 'soffice --convert-to docx of the HTML' },
  { id: 'pandoc-docx', ext: '.docx', how: 'pandoc -f html -t docx of the HTML (another producer of .docx)' },
  { id: 'lo-html', ext: '.html', how: 'soffice --convert-to html of the .docx (Writer saves a Word file as a web page)' },
  { id: 'docx-html', ext: '.html', how: 'pandoc -f docx -t html of the .docx (a Word file published as a web page)' },
  { id: 'docx-md', ext: '.md', text: true, how: 'pandoc -f docx -t gfm of the .docx' },
  { id: 'converter-md', ext: '.md', text: true, how: 'docx-md with tables 三 and 四 as PDF-to-Markdown converters print them (converter-markdown.mjs)' },
  { id: 'docx-markdown', ext: '.md', text: true, how: 'pandoc -f docx -t markdown of the .docx (grid tables)' },
  { id: 'docx-plain', ext: '.txt', text: true, how: 'pandoc -f docx -t plain of the .docx' },
  { id: 'html-plain', ext: '.txt', text: true, how: 'pandoc -f html -t plain of the HTML' },
  { id: 'lo-txt', ext: '.txt', text: true, how: 'soffice --convert-to txt of the HTML (Writer saved as plain text)' },
  { id: 'lo-pdf', ext: '.pdf', pdf: true, how: 'soffice --convert-to pdf of the HTML' },
  { id: 'lo-pdf-layout', ext: '.txt', text: true, how: 'pdftotext -layout of the LibreOffice PDF' },
  { id: 'lo-pdf-plain', ext: '.txt', text: true, how: 'pdftotext of the LibreOffice PDF' },
  { id: 'lo-pdf-raw', ext: '.txt', text: true, how: 'pdftotext -raw of the LibreOffice PDF' },
  { id: 'lo-pdf-viewer', ext: '.txt', text: true, how: 'select-all + copy of the LibreOffice PDF in pdf.js\'s viewer (Chromium)' },
  { id: 'lo-pdf-mutool', ext: '.txt', text: true, how: 'mutool draw -F txt of the LibreOffice PDF (MuPDF)' },
  { id: 'lo-pdf-pdfminer', ext: '.txt', text: true, varies: true, how: 'pdf2txt of the LibreOffice PDF (pdfminer, its layout analysis)' },
  { id: 'chromium-pdf', ext: '.pdf', pdf: true, how: 'Chromium page.pdf() of the HTML' },
  { id: 'chromium-pdf-layout', ext: '.txt', text: true, how: 'pdftotext -layout of the Chromium PDF' },
  { id: 'chromium-pdf-plain', ext: '.txt', text: true, how: 'pdftotext of the Chromium PDF' },
  { id: 'chromium-pdf-raw', ext: '.txt', text: true, how: 'pdftotext -raw of the Chromium PDF' },
  { id: 'chromium-pdf-viewer', ext: '.txt', text: true, how: 'select-all + copy of the Chromium PDF in pdf.js\'s viewer (Chromium)' },
  { id: 'chromium-pdf-mutool', ext: '.txt', text: true, how: 'mutool draw -F txt of the Chromium PDF (MuPDF)' },
  { id: 'chromium-pdf-pdfminer', ext: '.txt', text: true, varies: true, how: 'pdf2txt of the Chromium PDF (pdfminer, its layout analysis)' },
  { id: 'print-pdf', ext: '.pdf', pdf: true, how: 'Chromium print dialog defaults: A5, date/title header and address/page-number footer on every page' },
  { id: 'print-pdf-layout', ext: '.txt', text: true, how: 'pdftotext -layout of the print-dialog PDF' },
  { id: 'print-pdf-plain', ext: '.txt', text: true, how: 'pdftotext of the print-dialog PDF' },
  { id: 'print-pdf-raw', ext: '.txt', text: true, how: 'pdftotext -raw of the print-dialog PDF' },
  { id: 'print-pdf-viewer', ext: '.txt', text: true, how: 'select-all + copy of the print-dialog PDF in pdf.js\'s viewer (Chromium)' },
  { id: 'print-pdf-mutool', ext: '.txt', text: true, how: 'mutool draw -F txt of the print-dialog PDF (MuPDF)' },
  { id: 'print-pdf-pdfminer', ext: '.txt', text: true, varies: true, how: 'pdf2txt of the print-dialog PDF (pdfminer, its layout analysis)' },
  { id: 'typos-layout', ext: '.txt', text: true, how: 'chromium-pdf-layout with every other table-三 row label misprinted (typos.mjs)' },
  { id: 'clipboard-text', ext: '.txt', text: true, how: 'Chromium select-all + copy, text/plain' },
  { id: 'clipboard-html', ext: '.html', how: 'Chromium select-all + copy, text/html' },
];

// Families remade from a perturbed rendering (a gold value changed in the HTML).
export const DOCUMENT_FAMILIES = ['docx', 'lo-pdf', 'chromium-pdf'];
