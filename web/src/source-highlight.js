// Shows a place in the report's text box without touching the text: nothing is selected and the
// box does not take the focus, so no keystroke can replace the quoted words. A hidden mirror of the
// box (same width, font and wrapping) holds the text in chunks of whole lines; the place's
// rectangles are measured in the one chunk that holds it (found by binary search over the chunks'
// start offsets) and drawn as marks in a layer over the box that follows its scrolling. The mirror
// is rebuilt only when the text has changed since the last time a place was shown, so showing a
// place 2 million characters in costs what showing one near the start costs.
//
//   const hl = sourceHighlighter(textarea)   (the textarea's parent must be position: relative)
//   hl.show([[start, end], …]) → true when the places were drawn (UTF-16 offsets into
//     textarea.value; the box scrolls to the first)
//   hl.clear()
//   hl.stats → {builds, chunks} (how often the mirror was rebuilt; also on the mirror's data-*)

const CHUNK = 4096;   // characters per mirror chunk, cut at the next line break
const MAX_MARKS = 200;
const COPIED = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'lineHeight', 'letterSpacing', 'wordSpacing',
  'tabSize', 'textIndent', 'textTransform', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'whiteSpace', 'overflowWrap', 'wordBreak'];

export function sourceHighlighter(textarea) {
  const host = textarea.parentElement;
  const mirror = document.createElement('div');
  mirror.className = 'source-mirror';
  mirror.setAttribute('aria-hidden', 'true');
  const layer = document.createElement('div');
  layer.className = 'source-marks';
  layer.setAttribute('aria-hidden', 'true');
  const marks = document.createElement('div');
  layer.append(marks);
  host.append(mirror, layer);

  let stale = true;         // the text changed since the mirror was built
  let length = 0;           // the text's length when the mirror was built
  let starts = [];          // each chunk's start offset
  let current = null;       // the spans shown
  const stats = { builds: 0, chunks: 0 };

  function place() {
    // Over the textarea's padding box (inside its border, left of its scroll bar).
    const cs = getComputedStyle(textarea);
    const box = {
      left: `${textarea.offsetLeft + parseFloat(cs.borderLeftWidth)}px`,
      top: `${textarea.offsetTop + parseFloat(cs.borderTopWidth)}px`,
      width: `${textarea.clientWidth}px`,
      height: `${textarea.clientHeight}px`,
    };
    Object.assign(mirror.style, box);
    Object.assign(layer.style, box);
    for (const p of COPIED) mirror.style[p] = cs[p];
  }

  function build() {
    const text = textarea.value;
    length = text.length;
    place();
    const chunks = [];
    starts = [];
    for (let at = 0; at < text.length || at === 0;) {
      const nl = text.indexOf('\n', Math.min(at + CHUNK, text.length));
      const end = nl < 0 ? text.length : nl + 1;
      const div = document.createElement('div');
      div.textContent = text.slice(at, end);
      starts.push(at);
      chunks.push(div);
      at = end;
      if (end >= text.length) break;
    }
    mirror.replaceChildren(...chunks);
    stale = false;
    stats.builds += 1;
    stats.chunks = chunks.length;
    mirror.dataset.builds = String(stats.builds);
    mirror.dataset.chunks = String(stats.chunks);
  }

  function chunkAt(offset) {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function rectsOf(start, end) {
    const out = [];
    const origin = mirror.getBoundingClientRect();
    for (let i = chunkAt(start); i < starts.length && starts[i] < Math.max(end, start + 1); i++) {
      const node = mirror.children[i].firstChild;
      if (!node) continue;
      const range = document.createRange();
      const a = Math.max(0, start - starts[i]);
      const b = Math.min(node.length, Math.max(end, start + 1) - starts[i]);
      range.setStart(node, Math.min(a, node.length));
      range.setEnd(node, Math.max(Math.min(a, node.length), b));
      for (const r of range.getClientRects()) {
        if (r.width === 0 && r.height === 0) continue;
        out.push({ x: r.left - origin.left, y: r.top - origin.top, w: Math.max(r.width, 2), h: r.height });
      }
    }
    return out;
  }

  // Marks are placed relative to the scroll position they were drawn at (small numbers even
  // millions of pixels down) and follow the box's scrolling by a translation.
  let anchor = { x: 0, y: 0 };
  function follow() {
    marks.style.transform = `translate(${anchor.x - textarea.scrollLeft}px, ${anchor.y - textarea.scrollTop}px)`;
  }

  function draw(rects) {
    anchor = { x: textarea.scrollLeft, y: textarea.scrollTop };
    marks.replaceChildren(...rects.map((r) => {
      const m = document.createElement('div');
      m.className = 'source-mark';
      Object.assign(m.style, { left: `${r.x - anchor.x}px`, top: `${r.y - anchor.y}px`, width: `${r.w}px`, height: `${r.h}px` });
      return m;
    }));
    follow();
  }

  function show(spans) {
    if (stale) build();
    const valid = (spans || []).filter((s) => Array.isArray(s) && s[0] >= 0 && s[1] >= s[0] && s[1] <= length);
    if (!valid.length) {
      clear();
      return false;
    }
    current = valid;
    const rects = [];
    for (const [a, b] of valid) {
      if (rects.length >= MAX_MARKS) break;
      rects.push(...rectsOf(a, b).slice(0, MAX_MARKS - rects.length));
    }
    if (rects.length) {
      const top = rects[0].y;
      if (top < textarea.scrollTop || top + rects[0].h > textarea.scrollTop + textarea.clientHeight) {
        textarea.scrollTop = Math.max(0, top - textarea.clientHeight / 3);
      }
    }
    draw(rects);
    return rects.length > 0;
  }

  function clear() {
    current = null;
    marks.replaceChildren();
  }

  textarea.addEventListener('input', () => { stale = true; clear(); });
  textarea.addEventListener('scroll', follow);
  new ResizeObserver(() => {
    stale = true;
    if (current) show(current); else place();
  }).observe(textarea);

  return { show, clear, stats };
}
