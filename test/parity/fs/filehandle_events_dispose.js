// FileHandle: an EventEmitter whose 'close' is emitted when close starts; readLines (closes the
// handle at the end); Symbol.asyncDispose and `await using`; every operation on a closed
// handle rejects with Node's 'EBADF: file closed' shape; fs.openAsBlob.
const fs = require('fs');
const fsp = fs.promises;
const path = require('path');
const EventEmitter = require('events');
const { dir } = require('./_tmp');
const f = path.join(dir, 'x.txt');
fs.writeFileSync(f, 'l1\nl2\r\n\nl4');
const sh = (e) => [e.name, e.code, e.errno, e.syscall, e.message, Object.keys(e).join(',')].join('|');
async function usingBlock() {
  await using fh = await fsp.open(f);
  fh.on('close', () => console.log('using: close event'));
  console.log('using: read', (await fh.readFile('utf8')).length);
  return fh;
}
(async () => {
  const fh = await fsp.open(f);
  console.log('is EventEmitter', fh instanceof EventEmitter, typeof fh.on, fh.listenerCount('close'));
  fh.on('close', () => console.log('close event, fd', fh.fd));
  const lines = [];
  for await (const l of fh.readLines()) lines.push(l);
  console.log('lines', JSON.stringify(lines), 'fd after', fh.fd);
  for (const op of ['stat', 'read', 'readFile', 'writeFile', 'close', 'truncate', 'sync', 'chmod']) {
    try {
      const r = await (op === 'writeFile' ? fh.writeFile('x') : op === 'chmod' ? fh.chmod(0o644) : fh[op]());
      console.log(op, 'ok', r);
    } catch (e) { console.log(op, sh(e)); }
  }
  const calls = {
    readv: () => fh.readv([Buffer.alloc(2)]), write: () => fh.write(Buffer.from('x')), writev: () => fh.writev([Buffer.from('x')]),
    writeStr: () => fh.write('x'), appendFile: () => fh.appendFile('x'), datasync: () => fh.datasync(),
    utimes: () => fh.utimes(1, 1), chown: () => fh.chown(1, 1),
  };
  for (const [n, c] of Object.entries(calls)) {
    try { await c(); console.log(n, 'ok'); } catch (e) { console.log(n, e.code, e.syscall, e.message); }
  }
  try { fh.readableWebStream(); } catch (e) { console.log('readableWebStream', e.code, e.message); }
  const fh2 = await fsp.open(f);
  const p = fh2.close();
  console.log('fd during close', fh2.fd);
  const [a, b] = await Promise.allSettled([p, fh2.close()]);
  console.log('double close', a.status, b.status);
  const fh3 = await fsp.open(f);
  console.log('asyncDispose', typeof fh3[Symbol.asyncDispose]);
  await fh3[Symbol.asyncDispose]();
  await fh3[Symbol.asyncDispose]();
  console.log('disposed twice, fd', fh3.fd);
  const used = await usingBlock();
  console.log('after using, fd', used.fd);
  const fh4 = await fsp.open(f);
  const ls = [];
  for await (const l of fh4.readLines({ encoding: 'utf8', start: 3 })) ls.push(l);
  console.log('readLines start', JSON.stringify(ls), fh4.fd);
  const blob = await fs.openAsBlob(f);
  console.log('blob', blob.constructor.name, blob.size, JSON.stringify(blob.type), JSON.stringify(await blob.text()));
  const blob2 = await fs.openAsBlob(f, { type: 'text/plain' });
  console.log('blob2', blob2.type, JSON.stringify(await blob2.slice(3, 5).text()));
  try { fs.openAsBlob(path.join(dir, 'nope')); } catch (e) { console.log('blob missing', sh(e)); }
  try { fs.openAsBlob(1); } catch (e) { console.log('blob bad', e.code, e.message); }
})();
