// Cuts a report's original text into what its HTML rendering shows as paragraphs: the header
// lines before section 一 and each section's own words, without the table regions (the tables are
// rendered from the gold instead). Section places and table cells come from the CLI's JSON of the
// original text (sections[].span, cell_spans, UTF-16 offsets = JS string indices).
//   cutReport(text, result, model) → { header: [line…], sections: [{ number, heading, paragraphs }] }
// Tables sections (二, 三, 四) keep only their heading and the words after the table (a note
// under table 四, or the next section's text when its heading was lost); everywhere else a table's
// region, from the sentence end before its first cell to its last cell, is left out.

const lines = (s) => s.split(/\r?\n|\f/).map((l) => l.trim()).filter(Boolean);

function tableRegions(text, result) {
  const regions = [];
  for (const spans of Object.values(result.cell_spans || {})) {
    const all = Object.values(spans).flat().filter((s) => Array.isArray(s) && s[1] > s[0]);
    if (!all.length) continue;
    const first = Math.min(...all.map((s) => s[0]));
    const last = Math.max(...all.map((s) => s[1]));
    // The header labels run back to the end of the last sentence before the table.
    regions.push({ start: text.lastIndexOf('。', first) + 1, end: last, first });
  }
  return regions;
}

// text[from, to) without the parts that fall in a table region.
function withoutTables(text, from, to, regions) {
  let out = '';
  let at = from;
  for (const r of [...regions].sort((a, b) => a.start - b.start)) {
    const s = Math.max(r.start, from), e = Math.min(r.end, to);
    if (e <= s || e <= at) continue;
    if (s > at) out += text.slice(at, s) + '\n';
    at = e;
  }
  return out + (at < to ? text.slice(at, to) : '');
}

// The heading of a section as the report writes it: up to the end of its title when the title
// (or a variant) is near the start, else the first line when short, else the model's heading.
function splitHeading(slice, spec) {
  const titles = [spec.title, ...(spec.variants || [])];
  for (const t of titles) {
    const i = slice.indexOf(t);
    if (i >= 0 && i < 12) return [slice.slice(0, i + t.length).trim(), slice.slice(i + t.length)];
  }
  const nl = slice.search(/\r?\n/);
  const first = nl < 0 ? slice : slice.slice(0, nl);
  if (first.trim().length <= 40) return [first.trim(), nl < 0 ? '' : slice.slice(nl)];
  return [`${spec.numeral}、${spec.title}`, slice];
}

export function cutReport(text, result, format) {
  const regions = tableRegions(text, result);
  const found = [...(result.sections || [])].sort((a, b) => a.span[0] - b.span[0]);
  const headerEnd = found.length ? found[0].span[0] : text.length;
  const tableSections = new Set(Object.values(format.tables).map((t) => t.section));
  const sections = [];
  for (const spec of format.sections) {
    const s = found.find((f) => f.number === spec.number);
    if (!s) { sections.push({ number: spec.number, heading: `${spec.numeral}、${spec.title}`, paragraphs: [], found: false }); continue; }
    const [start, end] = s.span;
    const [heading, rest] = splitHeading(text.slice(start, end), spec);
    const restStart = end - rest.length;
    let paragraphs;
    if (tableSections.has(spec.number)) {
      // After the table: past its last cell and past any pipe/tab row the reader did not take.
      let tail = restStart;
      for (const r of regions) if (r.end > tail && r.end <= end) tail = r.end;
      const body = text.slice(tail, end);
      const rowLines = [...body.matchAll(/^.*[|\t].*$/gm)];
      if (rowLines.length) tail += rowLines[rowLines.length - 1].index + rowLines[rowLines.length - 1][0].length;
      // Words with no sentence end after a table are more of the table (a one-line web dump).
      paragraphs = text.slice(tail, end).includes('。') ? lines(text.slice(tail, end)) : [];
    } else {
      paragraphs = lines(withoutTables(text, restStart, end, regions));
    }
    sections.push({ number: spec.number, heading, paragraphs, found: true });
  }
  return { header: lines(withoutTables(text, 0, headerEnd, regions)), sections };
}

// Paragraphs of a cut that carry table text: a row label of table 三 (long enough not to be a
// phrase of the narrative) or the corner note. The generator refuses such a rendering.
export function tableLeaks(cut, format) {
  const spec = format.tables.requests;
  const marks = [spec.corner, ...spec.rows.map((r) => r.label)].filter((l) => l && l.length >= 10);
  const paragraphs = [...cut.header, ...cut.sections.flatMap((s) => s.paragraphs)];
  return paragraphs.filter((p) => marks.some((m) => p.includes(m)));
}
