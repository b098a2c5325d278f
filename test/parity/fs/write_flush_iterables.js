// parity-stderr: ignore
// writeFile/appendFile `flush` (validation, fsync through fs.fsync/fs.fsyncSync), promise
// writeFile and FileHandle.writeFile with iterables, async iterables and streams (invalid
// chunks, encoding, abort between chunks), rmdir's deprecated `recursive` (DEP0147, ENOENT
// from lstat, ENOTDIR from rmdir), mkdtempDisposable removal after a chdir, and recursive
// readdir with Dirents through a symlinked directory (followed by sync and callback forms,
// not by the promise form).
const fs = require('fs');
const path = require('path');
const { Readable } = require('stream');
const { dir, file } = require('./_tmp');

process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
let n = 0;
const next = () => file(`f${n++}.txt`);

(async () => {
  for (const v of ['true', '', 0, 1, [], {}]) {
    try { fs.writeFileSync(next(), 'x', { flush: v }); } catch (e) { console.log('flush', JSON.stringify(v), e.code, e.message); }
  }
  try { fs.appendFileSync(next(), 'x', { flush: 1 }); } catch (e) { console.log('append flush', e.code); }
  await fs.promises.writeFile(next(), 'x', { flush: 'no' }).catch((e) => console.log('promise flush', e.code));
  const realSync = fs.fsyncSync;
  const realAsync = fs.fsync;
  const calls = [];
  fs.fsyncSync = (fd) => { calls.push(['fsyncSync', typeof fd]); return realSync(fd); };
  fs.fsync = (fd, cb) => { calls.push(['fsync', typeof fd, typeof cb]); return realAsync(fd, cb); };
  for (const flush of [true, false, null, undefined]) {
    const f = next();
    fs.writeFileSync(f, 'a', { flush });
    fs.appendFileSync(f, 'b', { flush });
    await new Promise((res) => fs.writeFile(f, 'c', { flush }, res));
    await new Promise((res) => fs.appendFile(f, 'd', { flush }, res));
    await fs.promises.appendFile(f, 'e', { flush });
    console.log('flush', flush, fs.readFileSync(f, 'utf8'), JSON.stringify(calls.splice(0)));
  }
  fs.fsyncSync = realSync;
  fs.fsync = realAsync;

  const f = next();
  await fs.promises.writeFile(f, ['a', Buffer.from('b'), new Uint8Array([99])]);
  console.log('iterable', fs.readFileSync(f, 'utf8'));
  await fs.promises.writeFile(f, (async function* () { yield 'x'; yield 'ü'; })(), 'latin1');
  console.log('async iterable latin1', fs.readFileSync(f, 'latin1'));
  await fs.promises.writeFile(f, Readable.from(['s', 't']));
  console.log('stream', fs.readFileSync(f, 'utf8'));
  for (const bad of [42, {}, null]) {
    await fs.promises.writeFile(f, [bad]).catch((e) => console.log('bad chunk', e.code));
  }
  const fh = await fs.promises.open(f, 'w');
  await fh.writeFile(Readable.from(['h', 'i']));
  await fh.appendFile(['!']);
  await fh.close();
  console.log('filehandle', fs.readFileSync(f, 'utf8'));
  const ac = new AbortController();
  process.nextTick(() => ac.abort());
  const fh2 = await fs.promises.open(f, 'w');
  await fh2.writeFile(Buffer.alloc(4 * 1024 * 1024), { signal: ac.signal }).catch((e) => console.log('abort between chunks', e.name));
  await fh2.close();
  const ac2 = new AbortController();
  ac2.abort();
  await fs.promises.writeFile(f, ['x'], { signal: ac2.signal }).catch((e) => console.log('aborted before', e.name));

  try { fs.rmdirSync(path.join(dir, 'nope'), { recursive: true }); } catch (e) { console.log('rmdir missing', e.code, e.syscall); }
  fs.writeFileSync(file('plain'), '');
  try { fs.rmdirSync(file('plain'), { recursive: true }); } catch (e) { console.log('rmdir file', e.code, e.syscall); }
  await new Promise((res) => fs.rmdir(file('plain'), { recursive: true }, (e) => { console.log('rmdir cb file', e.code, e.syscall); res(); }));
  await fs.promises.rmdir(file('plain'), { recursive: true }).catch((e) => console.log('rmdir promise file', e.code, e.syscall));
  fs.mkdirSync(path.join(dir, 'tree', 'x'), { recursive: true });
  fs.rmdirSync(path.join(dir, 'tree'), { recursive: true });
  console.log('rmdir tree gone', !fs.existsSync(path.join(dir, 'tree')));

  const cwd = process.cwd();
  process.chdir(dir);
  const one = fs.mkdtempDisposableSync('one.');
  const two = await fs.promises.mkdtempDisposable('two.');
  process.chdir(one.path);
  two.remove && await two.remove();
  console.log('disposable relative', path.isAbsolute(one.path), fs.existsSync(path.join(dir, two.path)));
  process.chdir(cwd);
  one.remove();
  console.log('disposable one gone', fs.existsSync(path.join(dir, one.path)));

  const b = path.join(dir, 'rb');
  fs.mkdirSync(path.join(dir, 'ra'));
  fs.writeFileSync(path.join(dir, 'ra', '1'), '');
  fs.mkdirSync(b);
  fs.writeFileSync(path.join(b, '1'), '');
  fs.symlinkSync(path.join(dir, 'ra'), path.join(b, 'c'));
  const show = (list) => JSON.stringify(list.map((d) => [d.name, path.relative(dir, d.parentPath), d.isSymbolicLink()]));
  console.log('names', JSON.stringify(fs.readdirSync(b, { recursive: true })));
  console.log('dirents sync', show(fs.readdirSync(b, { recursive: true, withFileTypes: true })));
  await new Promise((res) => fs.readdir(b, { recursive: true, withFileTypes: true }, (e, r) => { console.log('dirents cb', show(r)); res(); }));
  console.log('dirents promise', show(await fs.promises.readdir(b, { recursive: true, withFileTypes: true })));
})();
