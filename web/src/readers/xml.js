// A tiny XML tokenizer: enough for WordprocessingML, no DOM needed (runs in pages,
// Workers and node). Calls onOpen(name, attrs, selfClosing), onClose(name), onText(text).
// Comments, processing instructions and DOCTYPE are skipped; CDATA is text.

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(s) {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

const ATTR = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

export function parseAttrs(s) {
  const attrs = {};
  for (const m of s.matchAll(ATTR)) attrs[m[1]] = decodeEntities(m[3] ?? m[4]);
  return attrs;
}

export function tokenizeXml(xml, { onOpen, onClose, onText }) {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > i && onText) onText(decodeEntities(xml.slice(i, textEnd)));
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const e = xml.indexOf('-->', lt + 4);
      i = e < 0 ? n : e + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt + 9);
      if (onText) onText(xml.slice(lt + 9, e < 0 ? n : e));
      i = e < 0 ? n : e + 3;
    } else if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      const e = xml.indexOf('>', lt);
      i = e < 0 ? n : e + 1;
    } else {
      // Find the tag end, skipping '>' inside quoted attribute values.
      let j = lt + 1, quote = '';
      for (; j < n; j++) {
        const c = xml[j];
        if (quote) { if (c === quote) quote = ''; }
        else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
      }
      const body = xml.slice(lt + 1, j);
      i = j + 1;
      if (body[0] === '/') {
        if (onClose) onClose(body.slice(1).trim());
      } else {
        const selfClosing = body.endsWith('/');
        const inner = selfClosing ? body.slice(0, -1) : body;
        const m = /^[^\s/>]+/.exec(inner);
        const name = m ? m[0] : '';
        if (onOpen) onOpen(name, parseAttrs(inner.slice(name.length)), selfClosing);
        if (selfClosing && onClose) onClose(name);
      }
    }
  }
}
