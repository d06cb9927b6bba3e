// The page's side of the check Worker (worker.js), with cancellation. A check cannot be
// interrupted inside wasm, so the client keeps two workers: the active one and a warm spare (module
// loaded, idle). When a newer text is to be checked while the active worker still runs an older
// one, the busy worker is terminated (its check is cancelled) and the spare takes the new text;
// a new spare then loads. Only the newest text is ever checked next.
//
//   const client = createCheckClient({ spawn, onReady, onResult, onError, onState })
//   client.check(text, options) → id        (ids grow; a result is delivered only for the newest id)
//   spawn() → Worker                        how to start one (module worker or Blob, see app.js)
//   onReady({version, model, rules, ms})    once, from the first worker that loads
//   onResult({id, json, ms})   onError({id, message})
//   onState({running, spareReady, cancelled})   for the status line (and the tests)
//   client.port                             a Worker-like object for documents.js: postMessage
//                                           goes to the active worker (once it is ready), every
//                                           message of the workers reaches its listeners. A
//                                           worker reading a document is never terminated.

export function createCheckClient({ spawn, onReady, onResult, onError, onState }) {
  let active = null;
  let spare = null;
  let newest = 0;          // the id of the newest check asked for
  let queued = null;       // {id, text, options} waiting for a free worker
  let cancelled = 0;
  let announced = false;

  const listeners = new Set();

  const report = () => onState && onState({
    running: active && active.busyId, spareReady: Boolean(spare && spare.ready), cancelled,
  });

  function start() {
    const slot = { worker: spawn(), ready: false, busyId: null, reading: new Set(), waiting: [] };
    slot.worker.onmessage = (e) => receive(slot, e.data || {});
    slot.worker.onerror = (e) => {
      e.preventDefault();
      const id = slot.busyId;
      retire(slot);
      onError({ id, message: e.message || '检查模块无法启动' });
    };
    return slot;
  }

  function retire(slot) {
    slot.worker.terminate();
    if (slot === active) active = null;
    if (slot === spare) spare = null;
  }

  function receive(slot, msg) {
    for (const fn of listeners) fn({ data: msg });
    if (typeof msg.id === 'string') {          // a document read (documents.js), not a check
      if (msg.type === 'document' || msg.type === 'error') slot.reading.delete(msg.id);
      dispatch();
      return;
    }
    if (msg.type === 'ready') {
      for (const [m, transfer] of slot.waiting.splice(0)) slot.worker.postMessage(m, transfer);
      slot.ready = true;
      if (!announced) {
        announced = true;
        onReady({ version: msg.version, model: msg.model && JSON.parse(msg.model),
          rules: msg.rules && JSON.parse(msg.rules), ms: msg.ms });
      }
      if (slot === active && !spare) spare = start();   // the spare loads once the first is up
      dispatch();
    } else if (msg.type === 'result' || msg.type === 'error') {
      if (slot.busyId === msg.id) slot.busyId = null;
      if (msg.type === 'error') {
        // The module may be unusable after an abort: this worker is replaced.
        retire(slot);
        if (msg.id === newest) onError({ id: msg.id, message: msg.message });
      } else if (msg.id === newest) {
        onResult({ id: msg.id, json: msg.json, ms: msg.ms });
      }
      dispatch();
    }
    report();
  }

  function post(slot, job) {
    slot.busyId = job.id;
    slot.worker.postMessage({ type: 'check', id: job.id, text: job.text, options: job.options });
  }

  function dispatch() {
    if (!active) { active = spare || start(); spare = null; }
    if (!queued) return report();
    if (active.ready && active.busyId === null) {
      post(active, queued);
      queued = null;
    } else if (active.reading.size) {
      // Reading a document: the worker takes the check after it (only the newest is kept).
      post(active, queued);
      queued = null;
    } else if (active.busyId !== null && spare && spare.ready) {
      retire(active);   // its check is stale: cancelled
      cancelled += 1;
      active = spare;
      spare = start();
      post(active, queued);
      queued = null;
    }
    // else: the queued text waits for the active worker to finish or the spare to load.
    report();
  }

  return {
    check(text, options = {}) {
      newest += 1;
      queued = { id: newest, text, options };
      dispatch();
      return newest;
    },
    // Forget any queued or running check (the text was emptied, or a document's result came with
    // its reading): its result is never delivered. Returns an id newer than all checks asked for.
    forget() {
      newest += 1;
      queued = null;
      return newest;
    },
    start() { dispatch(); },
    port: {
      postMessage(msg, transfer = []) {
        if (!active) dispatch();
        if (msg && msg.type === 'read') active.reading.add(msg.id);
        if (active.ready) active.worker.postMessage(msg, transfer); else active.waiting.push([msg, transfer]);
      },
      addEventListener(type, fn) { if (type === 'message') listeners.add(fn); },
      removeEventListener(type, fn) { listeners.delete(fn); },
    },
  };
}
