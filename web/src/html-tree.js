// The page's HTML parser for the core: the browser's own (DOMParser), its tree only converted to
// the core's HtmlTree JSON (xxgk/document_json.h), pre-order:
//   [[parent, "tag", {attribute: value, …}], [parent, "#text", "text"], …]
// keeping only the attributes the core names (`attributes`, from its needs_html_tree answer). What
// the tree means (blocks, tables, hidden parts) is the core's, as for gumbo's tree in the CLI.
export function htmlTreeJson(markup, attributes) {
  const root = new DOMParser().parseFromString(markup, 'text/html').documentElement;
  const nodes = [];
  const stack = [[root, -1]];
  while (stack.length) {
    const [node, parent] = stack.pop();
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      nodes.push([parent, '#text', node.data]);
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const attrs = {};
    for (const name of attributes) {
      const value = node.getAttribute(name);
      if (value !== null) attrs[name] = value;
    }
    const index = nodes.length;
    nodes.push([parent, node.localName, attrs]);
    for (let k = node.childNodes.length - 1; k >= 0; k--) stack.push([node.childNodes[k], index]);
  }
  return JSON.stringify(nodes);
}
