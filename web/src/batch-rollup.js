// The roll-up of a dropped folder laid out as `xxgk-lint rollup DIR` reads one: the core lays it out
// (rollupLayout: the consolidated report, its units, the manifest xxgk-rollup.txt) and compares it
// (rollup); this asks for the manifests' texts, offers the check and shows the core's findings.
//
//   await findLayout(listing, years, call) → the layout, or null when the folder has no
//       consolidated report with units. years: {path: year} of the checked reports.
//   showRollup(container, layout, { check })   check() → the core's rollup levels (JSON text)
import { SEVERITY_NAMES } from './words.js';
import { el } from './dom.js';

export async function findLayout(listing, years, call) {
  if (!listing.root) return null;
  const files = new Map(listing.files.filter((f) => f.file).map((f) => [f.path, f.file]));
  const ask = { root: listing.root, files: [...files.keys()], folders: listing.folders, years, texts: {} };
  for (;;) {
    const { layout, read } = JSON.parse(await call('rollupLayout', JSON.stringify(ask)));
    const unread = read.filter((path) => !(path in ask.texts));
    if (!unread.length) return layout && layout.file && !layout.problem && layout.units.length ? layout : null;
    for (const path of unread) ask.texts[path] = files.has(path) ? await files.get(path).text().catch(() => null) : null;
  }
}

// The tree the core's rollup takes: the layout with each report's result (or why it has none).
export function rollupTree(node, recordOf) {
  const text = (s) => JSON.stringify(s || '');
  const record = recordOf.get(node.file);
  const message = record ? record.message : node.file && !node.problem ? '不是可检查的报告文件' : '';
  return `{"name":${text(node.name)},"file":${text(node.file)},"problem":${text(node.problem)},` +
    `"message":${text(message)},"result":${(record && record.contract) || 'null'},` +
    `"units":[${node.units.map((u) => rollupTree(u, recordOf)).join(',')}]}`;
}

const names = (units) => units.map((u) => u.name).join('、');

export function showRollup(container, layout, { check }) {
  const button = el('button', { type: 'button', id: 'batch-rollup-check' }, '核对本级汇总与下属单位之和');
  const out = el('div', { class: 'rollup-levels' });
  container.replaceChildren(
    el('h3', {}, '汇总核对'),
    el('p', {}, `此文件夹按汇总报告的结构存放：本级汇总报告 ${layout.file}，下属单位 ${layout.units.length} 个（${names(layout.units)}）。`),
    button, out);
  container.hidden = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    out.replaceChildren(el('p', { class: 'hint' }, '正在核对…'));
    try {
      out.replaceChildren(...JSON.parse(await check()).map(level));
    } catch (e) {
      out.replaceChildren(el('p', { class: 'reason' }, '汇总核对失败：' + e.message));
    }
    button.disabled = false;
  });
}

function level(l) {
  const box = el('div', { class: 'rollup-level', 'data-file': l.file });
  box.append(el('h4', {}, `${l.file}：本级汇总与 ${l.units.length} 个下属单位之和核对（${names(l.units)}）`));
  const units = el('ul', { class: 'rollup-units' });
  for (const u of l.units) {
    units.append(el('li', { 'data-status': u.status }, u.status === 'ok' ? `${u.name}：${u.file}（${u.year ?? '年度未识别'}）` : `${u.name}：${u.message || '没有报告'}`));
  }
  box.append(units);
  if (!l.findings.length) {
    box.append(el('p', { class: 'rollup-ok' }, '汇总数与下属单位之和一致'));
    return box;
  }
  const list = el('ul', { class: 'finding-list' });
  for (const f of l.findings) {
    const li = el('li', { class: 'finding', 'data-rule': f.rule, 'data-severity': f.severity });
    li.append(el('span', { class: 'badge' }, SEVERITY_NAMES[f.severity] || f.severity), ' ',
      el('span', { class: 'message' }, f.message), ' ', el('span', { class: 'rule-id' }, f.rule));
    list.append(li);
  }
  box.append(list);
  return box;
}
