// Tables 三 and 四 as PDF-to-Markdown converters print them (the family of dev 07, a real
// converter's output): a generic header row (数据1 … 数据8), a table restarted after each page
// with its first row taken as a header (a separator line under it) and the page's footer
// (`— 5 —`) between, a vertical group label cut into pieces in an extra first cell of its first
// rows, some rows' labels dumped as loose lines before a row of numbers alone, some rows with an
// empty cell at the end; table 四's header as loose lines of run-together words, or lost. The rest
// of the document is pandoc's Markdown of the .docx; every word of the tables comes from the model.
import { formatOf } from '../../web/src/statutory-table.js';

const PAGE_ROWS = 9;        // rows of table 三 on a page
const LOOSE_EVERY = 6;      // every sixth row's label is a loose line (from the fifth on)
const TRAILING_EVERY = 4;   // every fourth row ends with an empty cell
const PIECE = 4;            // characters of a group label a row carries

const line = (cells) => `| ${cells.join(' | ')} |`;
const separator = (n) => `|${'---|'.repeat(n)}`;
const cell = (v) => (v === null || v === undefined ? '' : String(v));
const generic = (n) => Array.from({ length: n }, (_, i) => `数据${i + 1}`);

// The pieces of a group label, PIECE characters each ("（三）不", "予公开").
function pieces(label) {
  const out = [];
  for (let i = 0; i < label.length; i += PIECE) out.push(label.slice(i, i + PIECE));
  return out;
}

function requestsMarkdown(table, values) {
  const rows = table.rows;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const childIndex = new Map();  // key → its place among its parent's data rows
  for (const r of rows) {
    if (!r.data || !r.parent) continue;
    const siblings = childIndex.get(r.parent) || [];
    siblings.push(r.key);
    childIndex.set(r.parent, siblings);
  }
  const out = ['', line(generic(table.columns.length + 1)), separator(table.columns.length + 1)];
  let page = 3, d = 0, restart = false;
  for (const r of rows.filter((x) => x.data)) {
    const numbers = (values?.[r.key] || Array(table.columns.length).fill(null)).map(cell);
    let first = [r.display];
    const parent = r.parent ? byKey.get(r.parent) : null;
    if (parent) {
      const at = childIndex.get(r.parent).indexOf(r.key);
      const piece = pieces(parent.display)[at];
      if (piece) first = [piece, r.display];
    }
    let cells = d % LOOSE_EVERY === 4 ? numbers : [...first, ...numbers];
    if (d % TRAILING_EVERY === 3) cells = [...cells, ''];
    if (d % LOOSE_EVERY === 4) {
      out.push('', ...first, '');
      restart = true;
    }
    out.push(line(cells));
    if (restart) out.push(separator(cells.length));
    restart = false;
    if (d % PAGE_ROWS === PAGE_ROWS - 1) {
      out.push('', `— ${page++} —`, '');
      restart = true;
    }
    d++;
  }
  return out;
}

function reviewMarkdown(table, values, headerLines) {
  const groups = table.groups || [];
  const columns = table.columns;
  const numbers = groups.flatMap((g) => columns.map((c) => cell(values?.[g.key]?.[c.key])));
  // The header's bands as loose lines, each band's words run together (the converter lost the
  // header's cells), then a row of the last columns' words cut short.
  const bands = table.header.map((band) => band.map((h) => h.label).join(''));
  const words = columns.map((c) => c.label.slice(-2)).concat(columns[columns.length - 1].label);
  return ['', ...(headerLines ? bands : []), line(generic(numbers.length)), separator(numbers.length), line(words),
    separator(words.length), line(numbers), separator(numbers.length)];
}

// pandocMd: pandoc's gfm of the report's .docx; its table 三 and 四 blocks are replaced.
// headerLines: whether table 四's header words survive as loose lines (some converters lose them,
// leaving the generic header alone).
export function converterMarkdown(model, gold, pandocMd, { headerLines = true } = {}) {
  const format = formatOf(model, gold.format);
  const requests = format.tables.requests, review = format.tables.review_litigation;
  const firstRow = requests.rows.find((r) => r.data).display;
  const reviewWord = review.header[0][0].label;
  const lines = pandocMd.split('\n');
  const out = [];
  for (let i = 0; i < lines.length;) {
    if (!lines[i].startsWith('|')) { out.push(lines[i++]); continue; }
    let j = i;
    while (j < lines.length && lines[j].startsWith('|')) j++;
    const block = lines.slice(i, j).join('\n');
    if (block.includes(firstRow) && 'requests' in gold) out.push(...requestsMarkdown(requests, gold.requests));
    else if (block.includes(reviewWord) && !block.includes(firstRow) && 'review_litigation' in gold) {
      out.push(...reviewMarkdown(review, gold.review_litigation, headerLines));
    } else out.push(...lines.slice(i, j));
    i = j;
  }
  return out.join('\n');
}
