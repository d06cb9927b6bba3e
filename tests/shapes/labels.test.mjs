// The shapes code declares no statutory label: every row, column, header and caption text of both
// formats comes from the model (xxgk-lint --model) through web/src/statutory-table.js.
//   node --test tests/shapes/labels.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { cliModel } from './corpus.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));

function labels(model) {
  const out = new Set();
  const add = (...xs) => xs.forEach((x) => { if (typeof x === 'string' && x.length >= 2) out.add(x); });
  const headers = (bands) => (bands || []).flat().forEach((h) => add(h.label));
  for (const f of model.formats) {
    for (const t of Object.values(f.tables)) {
      add(t.name, t.title, t.short, t.corner);
      headers(t.header);
      for (const b of t.blocks || []) {
        add(b.caption, b.label_header);
        b.columns.forEach((c) => add(c.label));
        b.rows.forEach((r) => add(r.label));
      }
      (t.rows || []).forEach((r) => add(r.label, r.display));
      (t.columns || []).forEach((c) => add(c.label, c.name));
      (t.groups || []).forEach((g) => add(g.label, g.name));
    }
  }
  return [...out];
}

test('no statutory label is written in tests/shapes', () => {
  const all = labels(cliModel());
  assert.ok(all.length > 50, 'the model exports its labels');
  for (const file of readdirSync(HERE).filter((f) => /\.(mjs|sh)$/.test(f))) {
    const source = readFileSync(join(HERE, file), 'utf8');
    const found = all.filter((l) => source.includes(l));
    assert.deepEqual(found, [], `${file} writes statutory labels`);
  }
});
