// The text the hand-filled form is checked as: the report's own text with each table's section
// body replaced by the form's table (statutory-table.js tableLines: what a table pasted out of
// Word looks like), or the section appended with its heading
// when the report has none. The core reads it with the same check() as a pasted report, so the
// narrative is checked against the typed numbers. Pieces map the checked text back: a finding's
// span is either in the report's text (shown there) or in a form table (shown in the form).
//
//   composeText(userText, sections, blocks) → {text, pieces}
//     sections: the plain check's result.sections ([{number, span}]) of userText
//     blocks: [{table, section: {number, numeral, title}, lines: [string]}] in section order
//   pieceAt(composed, offset) → {table} | {userStart, start} the piece that holds the offset
//   toUserSpan(composed, span) → the span in userText, or null when it is (partly) in a form table

export function composeText(userText, sections, blocks) {
  const byNumber = new Map((sections || []).filter((s) => Array.isArray(s.span)).map((s) => [s.number, s]));
  const cuts = [];   // {from, to, table, lines} replacements of section bodies in userText
  const appended = [];
  for (const b of blocks) {
    const s = byNumber.get(b.section.number);
    if (!s) { appended.push(b); continue; }
    const lineEnd = userText.indexOf('\n', s.span[0]);
    const from = lineEnd < 0 || lineEnd >= s.span[1] ? s.span[1] : lineEnd + 1;
    cuts.push({ from, to: Math.max(from, s.span[1]), table: b.table, lines: b.lines, lead: from === s.span[1] ? '\n' : '' });
  }
  cuts.sort((a, b) => a.from - b.from);
  let text = '';
  const pieces = [];
  let at = 0;
  const user = (from, to) => {
    if (to <= from) return;
    pieces.push({ start: text.length, end: text.length + (to - from), userStart: from });
    text += userText.slice(from, to);
  };
  const table = (id, s) => {
    pieces.push({ start: text.length, end: text.length + s.length, table: id });
    text += s;
  };
  for (const c of cuts) {
    if (c.from < at) continue;   // overlapping sections: keep the first
    user(at, c.from);
    table(c.table, c.lead + c.lines.join('\n') + '\n');
    at = c.to;
  }
  user(at, userText.length);
  for (const b of appended) {
    const heading = `${text && !text.endsWith('\n') ? '\n' : ''}${b.section.numeral}、${b.section.title}\n`;
    table(b.table, heading + b.lines.join('\n') + '\n');
  }
  return { text, pieces };
}

export function pieceAt(composed, offset) {
  const ps = composed.pieces;
  let lo = 0;
  let hi = ps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offset < ps[mid].start) hi = mid - 1;
    else if (offset >= ps[mid].end) lo = mid + 1;
    else return ps[mid];
  }
  return null;
}

export function toUserSpan(composed, span) {
  if (!Array.isArray(span)) return null;
  const p = pieceAt(composed, span[0]);
  if (!p || p.table || span[1] > p.end) return null;
  return [p.userStart + span[0] - p.start, p.userStart + span[1] - p.start];
}
