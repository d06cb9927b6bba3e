// 检查意见单: the page's printout of a check (print stylesheet: only this sheet is printed; the
// browser's 打印 → 另存为 PDF makes the file). The report's agency, year and table formats, the
// check date and version, every finding (capped: a paste of many reports can hold thousands; the
// CSV has them all) with its place, quoted words and fix, the checks passed as a checklist, what
// could not be checked, and lines for 经办人, 审核人 and 日期; the tables as read follow.
import { SEVERITY_NAMES } from './words.js';
import { findingRows } from './export.js';
import { formatLabel, layoutTable, defaultFormatValue } from './statutory-table.js';
import { TABLE_IDS, statutoryTable, refId } from './render-tables.js';
import { el } from './dom.js';

const SHEET_MAX_FINDINGS = 300;

function checkDate(date) {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

function formatsText(result, model) {
  const tables = result.tables || {};
  const used = [...new Set(TABLE_IDS.map((t) => tables[t] && tables[t].format).filter(Boolean))];
  if (!used.length) return '未读出统计表';
  if (used.length === 1) return formatLabel(model, used[0]);
  return TABLE_IDS.filter((t) => tables[t]).map((t) => {
    const f = model.formats.find((x) => x.id === tables[t].format);
    return `${f.tables[t].short} ${formatLabel(model, tables[t].format)}`;
  }).join('；');
}

// The tables as read, in their statutory layout; the cells a finding names in bold.
function tablesAppendix(result, model) {
  const named = new Set((result.findings || []).flatMap((f) =>
    (f.table && Array.isArray(f.cells) ? f.cells.map((c) => `${f.table}:${c[0]}:${c[1]}`) : [])));
  const part = el('section', { class: 'sheet-part sheet-tables' });
  part.append(el('h2', null, '附：按报告内容重建的统计表（有问题的单元格加粗）'));
  for (const table of TABLE_IDS) {
    const values = result.tables && result.tables[table];
    if (!values) continue;
    const spec = model.formats.find((f) => f.id === values.format).tables[table];
    part.append(el('h3', null, `${spec.short}　${spec.name}`));
    part.append(statutoryTable(layoutTable(model, values.format, table, values), (c) => {
      const td = el('td', { class: named.has(refId(c.ref)) ? 'named' : null }, defaultFormatValue(c.value));
      return td;
    }));
  }
  return part;
}

export function renderSheet(sheet, { result, text, model, rules, checklistItems, version, date }) {
  const m = result.meta || {};
  const rows = findingRows(result, model, rules, text);
  const counts = ['error', 'warning', 'info'].map((s) => [s, (result.findings || []).filter((f) => f.severity === s).length]);
  const passed = checklistItems.filter((c) => c.status === 'passed');
  const unchecked = checklistItems.filter((c) => c.status === 'unchecked');

  const head = el('header', { class: 'sheet-head' });
  head.append(el('h1', null, '政府信息公开工作年度报告检查意见单'));
  const facts = el('table', { class: 'sheet-facts' });
  const fact = (label, value) => {
    const tr = el('tr');
    tr.append(el('th', null, label), el('td', null, value ?? '未识别'));
    facts.append(tr);
  };
  fact('报告', m.title);
  fact('机关', m.agency);
  fact('年度', m.year ? `${m.year}年` : null);
  fact('表格格式', formatsText(result, model));
  fact('检查日期', checkDate(date));
  fact('检查工具', `xxgk-lint ${version}（政府信息公开工作年度报告检查，本机离线检查）`);
  head.append(facts);

  const conclusion = el('section', { class: 'sheet-part' });
  conclusion.append(el('h2', null, '一、检查结论'));
  conclusion.append(el('p', null,
    `发现${counts.map(([s, n]) => `${SEVERITY_NAMES[s]} ${n} 项`).join('、')}；通过检查 ${passed.length} 项` +
    (unchecked.length ? `；未能核对 ${unchecked.length} 项` : '') + '。'));

  const problems = el('section', { class: 'sheet-part' });
  problems.append(el('h2', null, '二、发现的问题'));
  if (!rows.length) {
    problems.append(el('p', null, '未发现问题。'));
  } else {
    const ol = el('ol', { class: 'sheet-findings' });
    for (const r of rows.slice(0, SHEET_MAX_FINDINGS)) {
      const li = el('li', { 'data-rule': r.id, 'data-severity': r.severity });
      const head = el('p', { class: 'sheet-finding-head' });
      head.append(el('b', null, `【${r.severity}】${r.rule}`), ' ', el('small', null, r.id));
      li.append(head, el('p', null, `说明：${r.message}`));
      if (r.where || r.quote) li.append(el('p', null, [r.where && `位置：${r.where}`, r.quote && `原文：${r.quote}`].filter(Boolean).join('　')));
      if (r.fix) li.append(el('p', null, `修改建议：${r.fix}`));
      ol.append(li);
    }
    problems.append(ol);
    if (rows.length > SHEET_MAX_FINDINGS) {
      problems.append(el('p', null, `另有 ${rows.length - SHEET_MAX_FINDINGS} 项未列出，见导出的 CSV。`));
    }
  }

  const checks = el('section', { class: 'sheet-part' });
  checks.append(el('h2', null, '三、已通过的检查（下列各类问题均未发现）'));
  const ul = el('ul', { class: 'sheet-checklist' });
  for (const c of passed) ul.append(el('li', { 'data-rule': c.id }, `✓ ${c.title}`));
  checks.append(passed.length ? ul : el('p', null, '无。'));
  if (unchecked.length) {
    checks.append(el('h2', null, '四、未能核对'));
    const u = el('ul', { class: 'sheet-checklist' });
    for (const c of unchecked) u.append(el('li', { 'data-rule': c.id }, `○ ${c.title}：${c.note}`));
    checks.append(u);
  }

  const sign = el('footer', { class: 'sheet-sign' });
  for (const label of ['经办人', '审核人', '日期']) {
    const p = el('p');
    p.append(el('span', null, `${label}：`), el('span', { class: 'sign-line' }, label === '日期' ? '　　　　年　　月　　日' : ''));
    sign.append(p);
  }
  sheet.replaceChildren(head, conclusion, problems, checks, sign, tablesAppendix(result, model));
}
