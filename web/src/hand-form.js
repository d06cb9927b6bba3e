// The three tables as an editable form in the statutory layout of either format (from the model),
// for drafters who start from the form and for reports whose tables are images. Each typed value
// is kept as typed (the core reads it, so "四十九" is reported as the core reports it); the tables'
// text for the check comes from tableLines, the plain text the copy puts on the clipboard.
//
//   const form = handForm(container, {model, onInput})
//   form.setFormat(id)  form.format  form.fill(result)  form.clear()
//   form.blocks() → [{table, section, lines}] for compose-text.js (tables with a typed value)
//   form.values(table) → the table's values in the result's keys (typed text, '' when empty)
//   form.mark(severities)   form.highlight(cells ids)   form.setValue(cell id, text)
// Its cells carry data-form-cell="<table>:<row>:<column>" (the result tables' data-cell ids).
import { formatOf, layoutTable, tableLines, cellLabel, defaultFormatValue } from './statutory-table.js';
import { statutoryTable, tableHeading, refId, TABLE_IDS } from './render-tables.js';

export function handForm(container, { model, onInput }) {
  let format = formatOf(model, null).id;
  const typed = new Map();   // cell id → text, kept across format changes

  function input(c) {
    const td = document.createElement('td');
    const id = refId(c.ref);
    td.dataset.formCell = id;
    const box = document.createElement('input');
    box.type = 'text';
    box.inputMode = 'decimal';
    box.autocomplete = 'off';
    box.dataset.formCell = id;
    const name = cellLabel(model, format, c.ref);
    box.setAttribute('aria-label', `${name.table} ${name.row} ${name.column}`);
    box.value = typed.get(id) || '';
    box.addEventListener('input', () => {
      if (box.value.trim()) typed.set(id, box.value.trim()); else typed.delete(id);
      onInput();
    });
    td.append(box);
    return td;
  }

  function render() {
    const blocks = TABLE_IDS.map((table) => {
      const section = document.createElement('section');
      section.className = 'table-block';
      section.dataset.table = table;
      section.append(tableHeading(model, format, table));
      const wrap = document.createElement('div');
      wrap.className = 'table-scroll';
      wrap.append(statutoryTable(layoutTable(model, format, table, null), input, { 'data-form-table': table }));
      section.append(wrap);
      return section;
    });
    container.replaceChildren(...blocks);
  }

  // The typed values in the result's keys, for tableLines.
  function values(table) {
    const { rows } = layoutTable(model, format, table, null);
    const out = table === 'requests' ? { rows: {} } : {};
    for (const row of rows) {
      for (const c of row) {
        if (c.header) continue;
        const v = typed.get(refId(c.ref)) ?? '';
        if (table === 'requests') (out.rows[c.ref.row] ||= [])[c.ref.column] = v;
        else if (table === 'active') {
          const [block, key] = c.ref.row.split('.');
          ((out[block] ||= {})[key] ||= [])[c.ref.column] = v;
        } else (out[c.ref.row] ||= {})[c.ref.column] = v;
      }
    }
    return out;
  }

  function hasValues(table) {
    for (const id of typed.keys()) if (id.startsWith(`${table}:`)) return true;
    return false;
  }

  function blocks() {
    const spec = formatOf(model, format);
    return TABLE_IDS.filter(hasValues).map((table) => ({
      table,
      section: spec.sections.find((s) => s.number === spec.tables[table].section),
      lines: tableLines(model, format, table, values(table), (v) => v ?? ''),
    }));
  }

  function fill(result) {
    const tables = (result && result.tables) || {};
    typed.clear();
    for (const table of TABLE_IDS) {
      const t = tables[table];
      if (!t || t.format !== format) continue;   // a column of one format is not the other's
      for (const row of layoutTable(model, t.format, table, t).rows) {
        for (const c of row) {
          if (!c.header && c.value !== null && c.value !== undefined) typed.set(refId(c.ref), defaultFormatValue(c.value));
        }
      }
    }
    render();
  }

  function cellInput(id) {
    return container.querySelector(`input[data-form-cell="${CSS.escape(id)}"]`);
  }

  render();
  return {
    get format() { return format; },
    setFormat(id) { format = formatOf(model, id).id; render(); },
    fill,
    clear() { typed.clear(); render(); onInput(); },
    blocks,
    values,
    hasValues: () => typed.size > 0,
    mark(severities) {
      for (const td of container.querySelectorAll('td[data-form-cell]')) {
        const s = severities.get(td.dataset.formCell);
        if (s) td.dataset.severity = s; else delete td.dataset.severity;
      }
    },
    highlight(ids) {
      for (const td of container.querySelectorAll('td.highlight')) td.classList.remove('highlight');
      for (const id of ids) {
        const box = cellInput(id);
        if (box) box.parentElement.classList.add('highlight');
      }
    },
    // As if typed: the input's own undo stack keeps the change.
    setValue(id, text) {
      const box = cellInput(id);
      if (!box) return false;
      box.focus({ preventScroll: true });
      box.select();
      if (!document.execCommand('insertText', false, text)) {
        box.value = text;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
      }
      return true;
    },
  };
}
