// The findings list. One item per finding (data-rule, data-severity), the rule's Chinese title
// with its id in small type, the core's message, where it is, and the quoted words. A wrong cell
// that breaks several relations is one fact (finding-groups.js) with the core's fixes, best first,
// each with 采用此修改. The list is rendered in pages (a huge input can have thousands of
// findings): the rest waits behind a button that says how many there are.
//
//   const view = findingsView(container, {onSelect, onApplyFix, onHandForm})
//   view.render(entries, context)   context: {model, rules (Map id → rule), result, text, canFix}
//   view.move(+1 | -1)              select the next / previous finding (上一项/下一项)
import { SEVERITY_NAMES } from './words.js';
import { whereText, quoteOf, fixText } from './finding-text.js';
import { el } from './dom.js';

const PAGE_SIZE = 100;

function quoteBlock(q) {
  const b = el('blockquote', { class: 'excerpt' });
  const mark = el('mark', null, q.marked);
  b.append(q.before, mark, q.after);
  return b;
}

export function findingsView(container, { onSelect, onApplyFix, onHandForm }) {
  let entries = [];
  let context = null;
  let shown = 0;
  let list = null;
  let more = null;
  let active = null;

  function ruleHead(f) {
    const rule = context.rules.get(f.rule);
    const head = el('div', { class: 'finding-head' });
    head.append(el('span', { class: 'badge' }, SEVERITY_NAMES[f.severity] || f.severity));
    head.append(el('span', { class: 'rule-title' }, rule ? rule.title : f.rule));
    head.append(el('code', { class: 'rule-id', title: '规则编号（技术支持用）' }, f.rule));
    return head;
  }

  function findingItem(f, index) {
    const li = el('li', { class: 'finding', 'data-rule': f.rule, 'data-severity': f.severity, 'data-index': index,
      'data-span': Array.isArray(f.span) ? f.span.join(',') : null,
      tabindex: 0, role: 'button', 'aria-label': `${SEVERITY_NAMES[f.severity] || f.severity}：${f.message}` });
    li.append(ruleHead(f));
    li.append(el('p', { class: 'message' }, f.message));
    const where = whereText(context.model, context.result, f);
    if (where) li.append(el('p', { class: 'where' }, where));
    const q = quoteOf(context.text, f, context.result);
    if (q) li.append(quoteBlock(q));
    if (f.rule === 'table.missing' && f.table && onHandForm) {
      const b = el('button', { type: 'button', class: 'hand-form-link' }, '在此手工录入表格');
      b.addEventListener('click', (e) => { e.stopPropagation(); onHandForm(f); });
      li.append(b);
    }
    li.addEventListener('click', () => select(li, f));
    li.addEventListener('keydown', (e) => {
      if (e.target !== li) return;
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(li, f); }
      else if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
    });
    li.xxgkFinding = f;
    return li;
  }

  function fixOption(fix, option, i) {
    const li = el('li', { class: 'fix-option', 'data-option': i });
    li.append(el('span', { class: 'fix-text' }, fixText(context.model, context.result, fix.table, option)));
    const reasons = fix.details && fix.details.fix_reasons;
    if (reasons && reasons[i]) li.append(el('span', { class: 'fix-reason' }, `（${reasons[i]}）`));
    const b = el('button', { type: 'button', class: 'apply-fix', 'data-option': i }, '采用此修改');
    b.disabled = !context.canFix;
    if (!context.canFix) b.title = '文字已改动，请等待重新检查';
    b.addEventListener('click', (e) => { e.stopPropagation(); onApplyFix(fix, i, b); });
    li.append(b);
    return li;
  }

  function factItem(entry, index) {
    const { fix, members } = entry;
    const fixes = fix.details.fixes;
    const li = el('li', { class: 'fact', 'data-severity': entry.severity, 'data-fix-rule': fix.rule });
    li.append(el('p', { class: 'fact-head' },
      `很可能是一处数字有误，使 ${members.length} 项勾稽关系不成立。最可能的改法：`));
    const options = el('ol', { class: 'fix-options' });
    options.append(fixOption(fix, fixes[0], 0));
    li.append(options);
    if (fixes.length > 1) {
      const others = el('details', { class: 'fix-others' });
      others.append(el('summary', null, `其他改法（${fixes.length - 1} 种）`));
      const ol = el('ol', { class: 'fix-options', start: 2 });
      fixes.slice(1).forEach((o, i) => ol.append(fixOption(fix, o, i + 1)));
      others.append(ol);
      li.append(others);
    }
    const ol = el('ol', { class: 'fact-members' });
    members.forEach((m, i) => ol.append(findingItem(m, `${index}.${i}`)));
    li.append(ol);
    return li;
  }

  function renderMore() {
    const upto = Math.min(entries.length, shown + PAGE_SIZE);
    const frag = document.createDocumentFragment();
    for (let i = shown; i < upto; i++) {
      const e = entries[i];
      frag.append(e.kind === 'fact' ? factItem(e, i) : findingItem(e.finding, i));
    }
    list.append(frag);
    shown = upto;
    const rest = entries.length - shown;
    more.hidden = rest <= 0;
    more.textContent = `再显示 ${Math.min(rest, PAGE_SIZE)} 项（还有 ${rest} 项未显示）`;
  }

  function select(li, f) {
    if (active) active.classList.remove('active');
    active = li;
    li.classList.add('active');
    onSelect(f, li);
  }

  function items() {
    return [...list.querySelectorAll('li.finding')];
  }

  function move(step) {
    let all = items();
    let i = active ? all.indexOf(active) : -1;
    if (step > 0 && i + step >= all.length && shown < entries.length) { renderMore(); all = items(); }
    i = Math.max(0, Math.min(all.length - 1, i + step));
    const li = all[i];
    if (!li) return;
    li.focus();
    li.scrollIntoView({ block: 'nearest' });
    select(li, li.xxgkFinding);
  }

  function render(newEntries, newContext) {
    entries = newEntries;
    context = newContext;
    shown = 0;
    active = null;
    list = el('ol', { class: 'finding-list' });
    more = el('button', { type: 'button', class: 'show-more', id: 'show-more' });
    more.addEventListener('click', renderMore);
    container.replaceChildren(list, more);
    renderMore();
  }

  return { render, move };
}
