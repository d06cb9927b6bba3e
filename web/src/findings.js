// The findings list: grouped by severity, one item per finding (data-rule, data-severity),
// the Chinese message as given by the core, and the quoted source text of its span.
import { SEVERITY_NAMES, SEVERITY_ORDER, TABLE_NAMES } from './layout.js';

function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

const SHORT_TABLE = { active: '表二', requests: '表三', review_litigation: '表四' };

function excerpt(text, span) {
  if (!Array.isArray(span) || span.length < 2 || !(span[0] >= 0) || !(span[1] >= span[0])) return '';
  let s = text.slice(span[0], Math.min(span[1], span[0] + 160));
  if (span[1] - span[0] > 160) s += '…';
  return s.replace(/\s+/g, ' ').trim();
}

// onSelect(finding, item) is called when an item is clicked or activated with Enter/Space.
export function renderFindings(container, result, text, onSelect) {
  const findings = Array.isArray(result.findings) ? result.findings : [];
  const frag = document.createDocumentFragment();
  const summary = el('p', { class: 'summary', id: 'findings-summary' });
  const counts = SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length]);
  if (findings.length === 0) {
    summary.textContent = '未发现问题。';
  } else {
    summary.textContent = '共 ' + findings.length + ' 项：' +
      counts.filter(([, n]) => n > 0).map(([s, n]) => `${SEVERITY_NAMES[s]} ${n}`).join('，');
  }
  frag.append(summary);
  const known = new Set(SEVERITY_ORDER);
  const order = [...SEVERITY_ORDER, ...new Set(findings.map((f) => f.severity).filter((s) => !known.has(s)))];
  for (const sev of order) {
    const group = findings.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    const sec = el('section', { class: 'finding-group', 'data-severity': sev });
    sec.append(el('h3', null, `${SEVERITY_NAMES[sev] || sev}（${group.length}）`));
    const ol = el('ol');
    for (const f of group) {
      const li = el('li', { class: 'finding', 'data-rule': f.rule, 'data-severity': f.severity, tabindex: 0, role: 'button' });
      const head = el('div', { class: 'finding-head' });
      head.append(el('span', { class: 'badge' }, SEVERITY_NAMES[f.severity] || f.severity));
      head.append(el('span', { class: 'message' }, f.message));
      li.append(head);
      const meta = el('div', { class: 'finding-meta' });
      meta.append(el('code', null, f.rule));
      if (f.table) meta.append(el('span', null, SHORT_TABLE[f.table] || TABLE_NAMES[f.table] || f.table));
      li.append(meta);
      const q = excerpt(text, f.span);
      if (q) li.append(el('blockquote', { class: 'excerpt' }, q));
      const activate = () => onSelect(f, li);
      li.addEventListener('click', activate);
      li.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); activate(); }
      });
      ol.append(li);
    }
    sec.append(ol);
    frag.append(sec);
  }
  container.replaceChildren(frag);
}
