// FileHandle.readableWebStream: a byte stream of the file (BYOB and default reads), the handle
// stays locked, autoClose closes it at the end.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-fh-'));
  const file = path.join(dir, 'data.txt');
  fs.writeFileSync(file, 'hello-web-stream\n');
  try {
    const fh = await fsp.open(file);
    const s = fh.readableWebStream();
    console.log(s);
    const reader = s.getReader({ mode: 'byob' });
    const r = await reader.read(new Uint8Array(5));
    console.log(Buffer.from(r.value).toString(), r.done);
    reader.releaseLock();
    let rest = '';
    for await (const c of s) rest += Buffer.from(c).toString();
    console.log(JSON.stringify(rest));
    try { fh.readableWebStream(); } catch (e) { console.log(e.name, e.code, e.message); }
    await fh.close();
    try { fh.readableWebStream(); } catch (e) { console.log(e.name, e.code, e.message); }
    const fh2 = await fsp.open(file);
    const chunks = [];
    for await (const c of fh2.readableWebStream({ autoClose: true })) chunks.push(c.byteLength);
    console.log(chunks, 'fd after autoClose', fh2.fd);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
