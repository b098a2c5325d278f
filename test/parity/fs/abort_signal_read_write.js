// readFile/writeFile/appendFile (callback, fs/promises, FileHandle) with an AbortSignal:
// an aborted signal fails with Node's AbortError (reason as cause) and writes nothing;
// aborting right after the call fails the same way.
const fs = require('fs');
const fsp = fs.promises;
const { file } = require('./_tmp');
const f = file('a');
fs.writeFileSync(f, 'x');
const sig = AbortSignal.abort();
const sh = (e) => e ? [e.name, e.code, e.message, e.cause && e.cause.name, e.cause && e.cause.message,
  e.constructor.name, Object.keys(e).join(',')].join('|') : 'null';
(async () => {
  console.log('a');
  fs.readFile(f, { signal: sig }, (e) => console.log('readFile cb (sync)', sh(e)));
  fs.writeFile('/nonexistent/x', 'y', { signal: sig }, (e) => console.log('writeFile cb (sync)', sh(e)));
  fs.appendFile(f, 'y', { signal: sig }, (e) => console.log('appendFile cb (sync)', sh(e)));
  fs.writeFile(1, 'y', { signal: sig }, (e) => console.log('writeFile fd cb', sh(e)));
  console.log('b');
  for (const n of ['readFile', 'writeFile', 'appendFile']) {
    await (n === 'readFile' ? fsp.readFile(f, { signal: sig }) : fsp[n](f, 'z', { signal: sig }))
      .then(() => console.log(n, 'ok'), (e) => console.log('fsp.' + n, sh(e)));
  }
  const ac = new AbortController();
  ac.abort(new Error('why'));
  await fsp.readFile(f, { signal: ac.signal }).catch((e) => console.log('reason', sh(e)));
  await new Promise((res) => fs.readFile(f, { signal: ac.signal }, (e) => { console.log('reason cb', sh(e)); res(); }));
  const fh = await fsp.open(f, 'r+');
  await fh.readFile({ signal: sig }).catch((e) => console.log('fh.readFile', sh(e)));
  await fh.writeFile('q', { signal: sig }).catch((e) => console.log('fh.writeFile', sh(e)));
  await fh.appendFile('q', { signal: sig }).catch((e) => console.log('fh.appendFile', sh(e)));
  await fh.close();
  console.log('content', fs.readFileSync(f, 'utf8'));
  try { await fsp.readFile(f, { signal: 1 }); } catch (e) { console.log('bad', e.code, e.message); }
  try { fs.readFile(f, { signal: 1 }, () => {}); } catch (e) { console.log('bad cb', e.code, e.message); }
  // a live signal that is never aborted changes nothing
  await fsp.writeFile(f, 'live', { signal: new AbortController().signal });
  await new Promise((res) => fs.appendFile(f, '+cb', { signal: new AbortController().signal }, (e) => { console.log('live append', sh(e)); res(); }));
  console.log('live', await fsp.readFile(f, { encoding: 'utf8', signal: new AbortController().signal }));
  fs.writeFileSync(f, Buffer.alloc(1 << 20, 97));
  const ac2 = new AbortController();
  const p = fsp.readFile(f, { signal: ac2.signal });
  ac2.abort();
  await p.then((b) => console.log('during read ok', b.length), (e) => console.log('during read', sh(e)));
  const ac3 = new AbortController();
  const p3 = fsp.writeFile(f, 'short', { signal: ac3.signal });
  ac3.abort();
  await p3.then(() => console.log('during write ok'), (e) => console.log('during write', sh(e)));
  console.log('size after aborted write (opened, nothing written)', fs.statSync(f).size);
  fs.writeFileSync(f, 'abc');
  await new Promise((res) => {
    const ac4 = new AbortController();
    fs.readFile(f, { signal: ac4.signal }, (e, b) => { console.log('cb during read', sh(e), b && b.length); res(); });
    ac4.abort();
  });
  await new Promise((res) => {
    const ac5 = new AbortController();
    fs.writeFile(f, 'hello', { signal: ac5.signal }, (e) => {
      console.log('cb during write', sh(e), fs.statSync(f).size);
      res();
    });
    ac5.abort();
  });
})();
