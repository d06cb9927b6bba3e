// Says when a paste is not one report: far larger than any annual report (known from the text at
// once), or several reports in a row (the core's input.several_reports, once it has checked).
// The check still runs (in the Worker; a newer paste cancels it), the findings are listed page by
// page; this only tells the clerk why the result looks odd.
//
//   inputNotice(text, result?) → null | {kind: 'large' | 'several' | 'large several', message}

// The longest real reports run to some 30,000 characters; 300,000 is ten times that.
export const LARGE_CHARACTERS = 300000;

export function inputNotice(text, result = null) {
  const large = text.length > LARGE_CHARACTERS;
  const several = ((result && result.findings) || []).find((f) => f.rule === 'input.several_reports');
  if (!large && !several) return null;
  const parts = [];
  if (large) {
    const mb = (new Blob([text]).size / 1048576).toFixed(1);
    parts.push(`这段文字有 ${mb} MB（${Math.round(text.length / 10000)} 万字），远大于一份年度报告（通常不超过 3 万字）。`);
  }
  if (several) parts.push(`${several.message}。`);
  else parts.push('请一次粘贴一份报告。');
  return { kind: [large && 'large', several && 'several'].filter(Boolean).join(' '), message: parts.join('') };
}
