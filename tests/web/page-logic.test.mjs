// The page's pure modules under node, on real results of the native CLI: the checklist, the
// grouping of findings per fact, the form's text inside the report and its spans back, the
// statutory rectangle, the notice for large input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { NATIVE } from './common.mjs';
import { model, nativeResult, seedText, seedGold, SEED_000, SEED_003 } from './page-helpers.mjs';
import { checklist } from '../../web/src/checklist.js';
import { groupFindings, relationRulesOf } from '../../web/src/finding-groups.js';
import { composeText, toUserSpan, pieceAt } from '../../web/src/compose-text.js';
import { tableGrid, tableLines } from '../../web/src/statutory-table.js';
import { inputNotice, LARGE_CHARACTERS } from '../../web/src/input-size.js';
import { quoteOf } from '../../web/src/finding-text.js';

const rules = JSON.parse(execFileSync(NATIVE, ['--rules']).toString());
const status = (items, id) => (items.find((c) => c.id === id) || {}).status;

test('checklist: failed, passed, unchecked for want of last year\'s report or of cells', () => {
  const r3 = nativeResult(seedText(SEED_003));
  const items = checklist(r3, rules, model());
  assert.equal(status(items, 'requests.balance'), 'failed');
  assert.equal(status(items, 'requests.row_total'), 'passed');
  assert.equal(status(items, 'cross_year.carried_over'), 'unchecked');
  assert.equal(status(items, 'active.public_total'), undefined, 'a 2019-only relation is not listed for a 2021 table');
  assert.equal(status(items, 'arithmetic.suggested_fix'), undefined, 'advice is not a check');
  // A table 三 without one of its rows: the coverage lists the relations it could not check.
  const lines = tableLines(model(), '2021', 'requests', { rows: seedGold(SEED_003).requests });
  const cut = nativeResult(['三、收到和处理政府信息公开申请情况', ...lines.filter((l) => !l.startsWith('2.其他法律行政法规禁止公开'))].join('\n'));
  const unchecked = new Set(cut.coverage.requests.unchecked.map((u) => u.rule));
  assert.ok(unchecked.size > 0);
  for (const rule of unchecked) {
    if (!cut.findings.some((f) => f.rule === rule)) assert.equal(status(checklist(cut, rules, model()), rule), 'unchecked', rule);
  }
  // Seed 004 has no tables: their relations were not checked.
  const r4 = nativeResult(seedText('004_fe42c0596ed7a7d9'));
  assert.equal(status(checklist(r4, rules, model()), 'requests.balance'), 'unchecked');
  assert.equal(status(checklist(r3, rules, model(), { previous: true }), 'cross_year.carried_over'), 'passed');
});

test('one fact per wrong cell: seed 003\'s two balance errors under its suggested fix', () => {
  const r = nativeResult(seedText(SEED_003));
  const entries = groupFindings(r.findings, relationRulesOf(model()));
  const facts = entries.filter((e) => e.kind === 'fact');
  assert.equal(facts.length, 1);
  assert.deepEqual(facts[0].members.map((f) => f.rule), ['requests.balance', 'requests.balance']);
  assert.equal(entries[0].kind, 'fact', 'errors first');
  assert.equal(entries.reduce((n, e) => n + (e.kind === 'fact' ? e.members.length + 1 : 1), 0), r.findings.length,
    'every finding is listed once');
  const narrative = entries.find((e) => e.kind === 'single' && e.finding.rule === 'narrative.replies');
  assert.ok(narrative, 'a narrative finding is not a relation: it stays on its own');
});

test('the form\'s tables go in place of the report\'s table sections; spans map back', () => {
  const m = model();
  const text = seedText('004_fe42c0596ed7a7d9');
  const plain = nativeResult(text);
  const f = m.formats.find((x) => x.id === '2019');
  const gold = seedGold(SEED_000);
  const blocks = ['active', 'requests', 'review_litigation'].map((t) => ({
    table: t, section: f.sections.find((s) => s.number === f.tables[t].section),
    lines: tableLines(m, '2019', t, t === 'requests' ? { rows: gold.requests } : gold[t]),
  }));
  const composed = composeText(text, plain.sections, blocks);
  const r = nativeResult(composed.text);
  assert.deepEqual(r.tables.requests.rows, gold.requests, 'the typed table is read');
  for (const finding of r.findings.filter((x) => x.rule.startsWith('narrative.'))) {
    const span = toUserSpan(composed, finding.span);
    assert.ok(span, `${finding.rule} is in the report's own text`);
    assert.equal(text.slice(span[0], span[1]), composed.text.slice(finding.span[0], finding.span[1]));
  }
  const cell = r.cell_spans.requests.new_received[0];
  assert.equal(pieceAt(composed, cell[0]).table, 'requests');
  assert.equal(toUserSpan(composed, cell), null, 'a typed cell is in the form, not in the text');
  // Without any section in the text the tables come with their headings.
  const alone = composeText('', [], blocks);
  assert.deepEqual(nativeResult(alone.text).tables.review_litigation.review, gold.review_litigation.review);
});

test('tableLines: the core reads the three tables back cell for cell, in either format', () => {
  const m = model();
  for (const seed of [SEED_000, SEED_003, '001_f03771592bb85001']) {
    const gold = seedGold(seed);
    const f = m.formats.find((x) => x.id === gold.format);
    const text = ['active', 'requests', 'review_litigation'].flatMap((t) => {
      const s = f.sections.find((x) => x.number === f.tables[t].section);
      return [`${s.numeral}、${s.title}`, ...tableLines(m, gold.format, t, t === 'requests' ? { rows: gold.requests } : gold[t])];
    }).join('\n');
    const r = nativeResult(text);
    const { format: fa, ...active } = r.tables.active;
    const { format: fr, ...review } = r.tables.review_litigation;
    assert.deepEqual(active, gold.active, `${seed} 表二`);
    assert.deepEqual(r.tables.requests.rows, gold.requests, `${seed} 表三`);
    assert.deepEqual(review, gold.review_litigation, `${seed} 表四`);
    assert.equal(fa, gold.format);
    assert.equal(fr, gold.format);
  }
});

test('tableGrid: a rectangle, merged cells written once', () => {
  const grid = tableGrid(model(), '2021', 'requests', { rows: seedGold(SEED_003).requests });
  const width = grid[0].length;
  assert.ok(grid.every((r) => r.length === width), 'every row as wide as the first');
  const spec = model().formats.find((x) => x.id === '2021').tables.requests;
  assert.equal(width, spec.label_columns + spec.columns.length);
  assert.equal(grid.flat().filter((c) => c === spec.header[0][0].label).length, 1);
});

test('input notice: a report is quiet, several or a huge paste are named', () => {
  const seed = seedText(SEED_003);
  assert.equal(inputNotice(seed, nativeResult(seed)), null);
  const two = inputNotice(seed + seed, nativeResult(seed + seed));
  assert.equal(two.kind, 'several');
  assert.match(two.message, /出现 2 次/);
  const big = 'x'.repeat(LARGE_CHARACTERS + 1);
  assert.equal(inputNotice(big).kind, 'large');
});

test('quotes: a relation spanning the table is cut to its first cell with a little context', () => {
  const text = seedText(SEED_003);
  const r = nativeResult(text);
  const balance = r.findings.find((f) => f.rule === 'requests.balance');
  assert.ok(balance.span[1] - balance.span[0] > 500);
  const q = quoteOf(text, balance, r);
  const cell = r.cell_spans.requests.new_received[0];
  assert.deepEqual(q.span, cell);
  assert.equal(q.marked, text.slice(cell[0], cell[1]));
  assert.ok((q.before + q.marked + q.after).length < 60);
});
