// The HTML rendering of a report, the source of every other shape: its header lines and section
// words as paragraphs (narrative.mjs) and its three tables in the statutory layout of its gold
// format, filled with the gold values (web/src/statutory-table.js; a null cell is a blank cell, a
// null or unrecorded table is left out under its section heading).
import { tableHtml, formatOf } from '../../web/src/statutory-table.js';
import { cutReport, tableLeaks } from './narrative.mjs';
import { templateModel, templateValues } from './template-table.mjs';

const escapeHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (s) => `<p>${escapeHtml(s)}</p>`;

const STYLE = `body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:10.5pt}
table{border-collapse:collapse;font-size:9pt;margin:0.5em 0}
th,td{border:1px solid #000;padding:2px 4px;text-align:center;font-weight:normal}`;

// The gold values of a table with one cell changed (perturbation): { table, row, column, delta }.
function goldTable(gold, tableId, change) {
  const values = gold[tableId];
  if (!values || !change || change.table !== tableId) return values;
  const copy = structuredClone(values);
  copy[change.row][change.column] += change.delta;  // a row array (table 三) or a group object (table 四)
  return copy;
}

// report: { text, gold, template }; original: the CLI's JSON of report.text; change: optional
// perturbation. `template`: table 三 as some templates print it (template-table.mjs).
export function renderReport(model, report, original, change = null) {
  const format = formatOf(model, report.gold.format);
  const cut = cutReport(report.text, original, format);
  const leaks = tableLeaks(cut, format);
  if (leaks.length) throw new Error(`${report.name}: table text left in the narrative: ${leaks[0].slice(0, 80)}`);
  const { header, sections } = cut;
  const tableOfSection = new Map(Object.entries(format.tables).map(([id, t]) => [t.section, id]));
  const body = header.map(paragraph);
  for (const s of sections) {
    const tableId = tableOfSection.get(s.number);
    const values = tableId ? goldTable(report.gold, tableId, change) : null;
    if (!s.found && !values) continue;
    body.push(paragraph(s.heading));
    if (values && report.template && tableId === 'requests') {
      const templated = templateModel(model, format.id);
      body.push(tableHtml(templated, format.id, tableId, templateValues(templated, format.id, values),
        { tableAttributes: { border: '1', cellspacing: '0', cellpadding: '2' } }));
    } else if (values) {
      body.push(tableHtml(model, format.id, tableId, values,
        { tableAttributes: { border: '1', cellspacing: '0', cellpadding: '2' } }));
    }
    body.push(...s.paragraphs.map(paragraph));
  }
  // A page's title is the report's title, one short line: its header line with 报告, after the
  // agency's name when that stands on the line above ("洪泽区人民政府" + "2023 年…报告"); the
  // agency when the line is a paragraph.
  const at = header.findIndex((l) => /报告|報告/.test(l));
  const name = at > 0 && /(政府|办公室|办公厅|局|委员会)$/.test(header[at - 1]) ? header[at - 1] : '';
  const joined = at < 0 ? '' : name + header[at];
  const title = (joined.length <= 60 && joined) || report.gold.agency || '';
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head>\n<body>\n${body.join('\n')}\n</body></html>\n`;
}
