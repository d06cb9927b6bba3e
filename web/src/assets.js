// The Worker's assets (the two wasm modules, the readers' loader, pdf.js), served by the page: in
// the single-file page they are inline, gzip + base64, in <script type="text/plain"
// data-asset="NAME"> (the Worker decompresses each only when it first needs it); in the hosted
// build they are fetched from beside the page. The Worker asks {type: 'asset-request', id, name}
// and gets {type: 'asset', id, gzipBase64} | {type: 'asset', id, bytes} | {type: 'asset', id, error}.
const BASE = new URL('../', import.meta.url);

export function serveAssets(worker) {
  worker.addEventListener('message', async (e) => {
    const msg = e.data || {};
    if (msg.type !== 'asset-request') return;
    const inline = document.querySelector(`script[type="text/plain"][data-asset="${CSS.escape(msg.name)}"]`);
    if (inline) {
      worker.postMessage({ type: 'asset', id: msg.id, gzipBase64: inline.textContent });
      return;
    }
    try {
      const r = await fetch(new URL(msg.name, BASE));
      if (!r.ok) throw new Error(String(r.status));
      const bytes = await r.arrayBuffer();
      worker.postMessage({ type: 'asset', id: msg.id, bytes }, [bytes]);
    } catch {
      worker.postMessage({ type: 'asset', id: msg.id, error: `此页面缺少组件 ${msg.name}` });
    }
  });
}

// Whether the Worker can have this asset: inline in the single file, or beside the hosted page.
export function hasAsset(name) {
  const single = Boolean(document.getElementById('xxgk-worker-source'));
  return !single || Boolean(document.querySelector(`script[type="text/plain"][data-asset="${CSS.escape(name)}"]`));
}
