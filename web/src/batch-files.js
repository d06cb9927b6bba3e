// The files of a batch as the user gave them: several files, a folder chosen with the folder input
// (webkitdirectory), or files and folders dropped on the page (DataTransferItem.webkitGetAsEntry).
// This only lists them; which are reports, in what order, is the core's (batchInputs).
//
//   filesOfInput(fileList)       → {files, folders, root}
//   filesOfDrop(dataTransfer)    → Promise of the same; call it during the drop event (its items
//                                  can be read only then)
//   files:   [{path, file}] with path "folder/sub/name.txt" ('/'-separated), or {path, file: null,
//            problem, folder?} for what the browser would not give (a row with its reason)
//   folders: every folder seen, empty ones too (a roll-up unit without a report); a dropped
//            folder only: the folder input lists files alone
//   root:    the one folder given, or '' (loose files, or several things dropped)

export function filesOfInput(fileList) {
  const files = [...fileList].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
  const tops = new Set(files.map((f) => f.path.split('/')[0]));
  const root = tops.size === 1 && files.every((f) => f.path.includes('/')) ? [...tops][0] : '';
  return { files, folders: [], root };
}

// True when a drop holds more than one file or any folder: a batch, not one report.
export function isBatchDrop(dataTransfer) {
  const items = [...(dataTransfer.items || [])].filter((i) => i.kind === 'file');
  if (items.length > 1) return true;
  const entry = items[0] && items[0].webkitGetAsEntry ? items[0].webkitGetAsEntry() : null;
  return Boolean(entry && entry.isDirectory);
}

export function filesOfDrop(dataTransfer) {
  const entries = [...(dataTransfer.items || [])]
    .filter((i) => i.kind === 'file' && i.webkitGetAsEntry)
    .map((i) => i.webkitGetAsEntry())
    .filter(Boolean);
  if (!entries.length) return Promise.resolve(filesOfInput(dataTransfer.files || []));
  const out = { files: [], folders: [], root: entries.length === 1 && entries[0].isDirectory ? entries[0].name : '' };
  return (async () => {
    for (const entry of entries) await walk(entry, entry.name, out);
    return out;
  })();
}

async function walk(entry, path, out) {
  if (entry.isFile) {
    try {
      out.files.push({ path, file: await new Promise((resolve, reject) => entry.file(resolve, reject)) });
    } catch (e) {
      out.files.push({ path, file: null, problem: `浏览器无法读取此文件（${e && e.name || '未知原因'}）` });
    }
    return;
  }
  out.folders.push(path);
  const reader = entry.createReader();
  for (;;) {   // readEntries gives a folder's entries a part at a time, then an empty list
    let part;
    try {
      part = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    } catch (e) {
      out.files.push({ path, file: null, folder: true, problem: `浏览器无法列出此文件夹（${e && e.name || '未知原因'}）` });
      return;
    }
    if (!part.length) return;
    for (const child of part) await walk(child, `${path}/${child.name}`, out);
  }
}
