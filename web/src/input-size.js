// Says when a paste is not one report: far larger than any annual report, or several reports in a
// row (the model's first section heading, "一、总体情况" or one of its variants, at the start of
// more than one line). The check still runs (in the Worker; a newer paste cancels it), the
// findings are listed page by page; this only tells the clerk why the result looks odd.
// The core has no "several reports" finding yet (see docs/web.md): this is the page's stopgap.
//
//   inputNotice(text, model) → null | {kind: 'large' | 'several' | 'large several', message}

// The longest real reports run to some 30,000 characters; 300,000 is ten times that.
export const LARGE_CHARACTERS = 300000;

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function firstHeading(model) {
  const titles = new Set();
  let numeral = '';
  let title = '';
  for (const f of (model && model.formats) || []) {
    const s = f.sections.find((x) => x.number === 1);
    if (!s) continue;
    numeral = s.numeral;
    title = s.title;
    titles.add(s.title);
    for (const v of s.variants || []) titles.add(v);
  }
  if (!titles.size) return null;
  return { title, pattern: new RegExp(`^[ \\t\\u3000]*${escape(numeral)}[、.．]\\s*(?:${[...titles].map(escape).join('|')})`, 'gm') };
}

export function inputNotice(text, model) {
  const large = text.length > LARGE_CHARACTERS;
  const heading = firstHeading(model);
  let reports = 0;
  if (heading) for (const _ of text.matchAll(heading.pattern)) { reports += 1; if (reports > 999) break; }
  const several = reports > 1;
  if (!large && !several) return null;
  const parts = [];
  if (large) {
    const mb = (new Blob([text]).size / 1048576).toFixed(1);
    parts.push(`这段文字有 ${mb} MB（${Math.round(text.length / 10000)} 万字），远大于一份年度报告（通常不超过 3 万字）。`);
  }
  if (several) parts.push(`其中“${heading.title}”出现 ${reports >= 1000 ? '1000 多' : reports} 次，似乎粘贴了多份报告。`);
  parts.push('检查结果按第一份报告给出；请一次粘贴一份报告。');
  return { kind: [large && 'large', several && 'several'].filter(Boolean).join(' '), reports, message: parts.join('') };
}
