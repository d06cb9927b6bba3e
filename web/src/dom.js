// One element: tag, attributes (undefined, null and false ones left out) and its text (through
// textContent only: nothing the page shows is parsed as HTML).
export function el(tag, attrs, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== undefined && v !== null && v !== false) e.setAttribute(k, String(v));
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
