// The Worker's assets (the two wasm modules, the readers' loader, pdf.js), served by the page: in
// the single-file page they are inline, gzip + base64, in <script type="text/plain"
// data-asset="NAME"> (the Worker decompresses each only when it first needs it); in the hosted
// build they are fetched from beside the page. The single file leaves the Excel module out (its
// size budget) and names its SHA-256 instead (<script type="text/plain" data-asset-sha256="NAME">):
// the user may choose that file (chooseAsset), which is then served like an inline one.
// The Worker asks {type: 'asset-request', id, name} and gets {type: 'asset', id, gzipBase64} |
// {type: 'asset', id, bytes} | {type: 'asset', id, error}.
import { sha256 } from './batch-run.js';

const BASE = new URL('../', import.meta.url);
const chosen = new Map();   // name → the bytes of a file the user chose for it

export function serveAssets(worker) {
  worker.addEventListener('message', async (e) => {
    const msg = e.data || {};
    if (msg.type !== 'asset-request') return;
    if (chosen.has(msg.name)) {
      const bytes = chosen.get(msg.name).slice(0);
      worker.postMessage({ type: 'asset', id: msg.id, bytes }, [bytes]);
      return;
    }
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

// Whether the Worker can have this asset: inline in the single file, chosen, or beside the hosted page.
export function hasAsset(name) {
  const single = Boolean(document.getElementById('xxgk-worker-source'));
  return !single || chosen.has(name) || Boolean(document.querySelector(`script[type="text/plain"][data-asset="${CSS.escape(name)}"]`));
}

// The single file's separate asset: a file the user chose, taken when its SHA-256 is the one named.
export async function chooseAsset(name, file) {
  const expected = document.querySelector(`script[type="text/plain"][data-asset-sha256="${CSS.escape(name)}"]`);
  const actual = await sha256(file);
  if (!expected || !actual || actual !== expected.textContent.trim()) {
    throw new Error(`所选文件不是本页对应的 ${name}（请选择与本页同一次发布的文件）`);
  }
  chosen.set(name, await file.arrayBuffer());
}
