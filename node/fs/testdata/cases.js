// Differential cases for node:fs, recorded from Node v24.21.0 into cases.golden
// (`node cases.js > cases.golden`). Everything happens in a temp dir the script creates and
// removes; the temp path is printed as <tmp>. Steps run one at a time, in order.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-fs-'));
const T = (p) => path.join(tmp, p);
const clean = (s) => String(s).split(tmp).join('<tmp>');
const show = (v) => {
  if (Buffer.isBuffer(v)) return `<Buffer ${v.toString('hex')}>`;
  if (v instanceof fs.Dirent) return `Dirent(${clean(v.name)},${clean(v.parentPath)},${v.isFile()},${v.isDirectory()},${v.isSymbolicLink()})`;
  if (Array.isArray(v)) return '[' + v.map(show).join(', ') + ']';
  if (typeof v === 'string') return JSON.stringify(clean(v));
  return clean(String(v));
};
const err = (e) => `ERR ${e.code} ${e.syscall} ${clean(e.message)}` +
  (e.path !== undefined ? ` path=${clean(e.path)}` : '') + (e.dest !== undefined ? ` dest=${clean(e.dest)}` : '') +
  (e.errno !== undefined ? ` errno=${e.errno}` : '') + ` ${e.name}`;

const steps = [];
// sync(name, fn): prints the value or the error
const sync = (name, fn) => steps.push(() => {
  try {
    console.log(name, show(fn()));
  } catch (e) {
    console.log(name, err(e));
  }
});
// cb(name, fn): fn(callback); prints the callback's arguments
const cb = (name, fn) => steps.push(() => new Promise((resolve) => {
  try {
    fn((e, ...rest) => {
      console.log(name, e ? err(e) : 'ok ' + rest.map(show).join(' '));
      resolve();
    });
  } catch (e) {
    console.log(name, 'throws', err(e));
    resolve();
  }
}));
// prom(name, fn): awaits fn()
const prom = (name, fn) => steps.push(async () => {
  try {
    console.log(name, 'ok', show(await fn()));
  } catch (e) {
    console.log(name, 'rejects', err(e));
  }
});

// ---- readFile / writeFile / appendFile ----
sync('writeFileSync', () => fs.writeFileSync(T('a.txt'), 'hello wörld\n'));
sync('readFileSync buffer', () => fs.readFileSync(T('a.txt')));
sync('readFileSync utf8', () => fs.readFileSync(T('a.txt'), 'utf8'));
sync('readFileSync opts', () => fs.readFileSync(T('a.txt'), { encoding: 'hex' }));
sync('readFileSync base64', () => fs.readFileSync(T('a.txt'), 'base64'));
sync('readFileSync latin1', () => fs.readFileSync(T('a.txt'), 'latin1'));
sync('readFileSync buffer path', () => fs.readFileSync(Buffer.from(T('a.txt')), 'utf8'));
sync('writeFileSync hex', () => fs.writeFileSync(T('h.bin'), 'deadbeef', 'hex'));
sync('readFileSync h', () => fs.readFileSync(T('h.bin')));
sync('writeFileSync base64', () => fs.writeFileSync(T('h.bin'), 'aGVsbG8=', { encoding: 'base64' }));
sync('readFileSync h2', () => fs.readFileSync(T('h.bin'), 'utf8'));
sync('writeFileSync u8', () => fs.writeFileSync(T('h.bin'), new Uint8Array([1, 2, 3])));
sync('writeFileSync dataview', () => fs.writeFileSync(T('d.bin'), new DataView(new Uint8Array([9, 8, 7, 6]).buffer, 1, 2)));
sync('readFileSync d', () => fs.readFileSync(T('d.bin')));
sync('appendFileSync', () => fs.appendFileSync(T('h.bin'), Buffer.from([4, 5])));
sync('appendFileSync str', () => fs.appendFileSync(T('h.bin'), 'ff', 'hex'));
sync('readFileSync appended', () => fs.readFileSync(T('h.bin')));
sync('writeFileSync flag wx', () => fs.writeFileSync(T('h.bin'), 'x', { flag: 'wx' }));
sync('readFileSync missing', () => fs.readFileSync(T('missing')));
sync('readFileSync dir', () => fs.readFileSync(tmp));
sync('readFileSync no path', () => fs.readFileSync());
sync('readFileSync number-ish', () => fs.readFileSync({}));
sync('readFileSync null byte', () => fs.readFileSync('a\u0000b'));
sync('readFileSync bad enc', () => fs.readFileSync(T('a.txt'), 'nope'));
sync('readFileSync bad opts', () => fs.readFileSync(T('a.txt'), 42));
sync('readFileSync bad flag', () => fs.readFileSync(T('a.txt'), { flag: 'q' }));
sync('writeFileSync bad data', () => fs.writeFileSync(T('x'), 42));
sync('writeFileSync bad data obj', () => fs.writeFileSync(T('x'), {}));
sync('writeFileSync into dir', () => fs.writeFileSync(tmp, 'x'));
sync('readFile no cb', () => fs.readFile(T('a.txt')));
sync('writeFile no cb', () => fs.writeFile(T('a.txt'), 'x'));
cb('readFile cb', (c) => fs.readFile(T('a.txt'), c));
cb('readFile cb enc', (c) => fs.readFile(T('a.txt'), 'utf8', c));
cb('readFile cb missing', (c) => fs.readFile(T('missing'), c));
cb('readFile cb dir', (c) => fs.readFile(tmp, c));
cb('readFile cb bad path', (c) => fs.readFile(42.5, c));
cb('writeFile cb', (c) => fs.writeFile(T('b.txt'), 'bee', c));
cb('appendFile cb', (c) => fs.appendFile(T('b.txt'), '!', c));
cb('readFile cb b', (c) => fs.readFile(T('b.txt'), { encoding: 'utf8' }, c));
prom('promises.readFile', () => fsp.readFile(T('b.txt'), 'utf8'));
prom('promises.readFile buf', () => fsp.readFile(T('b.txt')));
prom('promises.readFile missing', () => fsp.readFile(T('missing')));
prom('promises.readFile bad', () => fsp.readFile(undefined));
prom('promises.writeFile', () => fsp.writeFile(T('c.txt'), 'sea'));
prom('promises.appendFile', () => fsp.appendFile(T('c.txt'), Buffer.from(' shell')));
prom('promises.readFile c', () => fsp.readFile(T('c.txt'), { encoding: 'latin1' }));
prom('require(fs).promises', async () => fs.promises === fsp);

// ---- exists / access ----
sync('existsSync', () => fs.existsSync(T('a.txt')));
sync('existsSync missing', () => fs.existsSync(T('missing')));
sync('existsSync buffer', () => fs.existsSync(Buffer.from(tmp)));
sync('existsSync null byte', () => fs.existsSync('a\u0000'));
steps.push(() => new Promise((resolve) => fs.exists(T('a.txt'), (v) => { console.log('exists', v); resolve(); })));
steps.push(() => new Promise((resolve) => fs.exists(T('zz'), (v) => { console.log('exists missing', v); resolve(); })));
sync('constants', () => [fs.constants.F_OK, fs.constants.R_OK, fs.constants.W_OK, fs.constants.X_OK, fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK].join());
sync('constants more', () => [fs.constants.O_CREAT, fs.constants.O_EXCL, fs.constants.S_IFMT, fs.constants.S_IFDIR, fs.constants.COPYFILE_EXCL, Object.isFrozen(fs.constants), Object.getPrototypeOf(fs.constants)].join());
sync('accessSync', () => fs.accessSync(T('a.txt')));
sync('accessSync R_OK|W_OK', () => fs.accessSync(T('a.txt'), fs.constants.R_OK | fs.constants.W_OK));
sync('accessSync missing', () => fs.accessSync(T('missing')));
sync('accessSync bad mode', () => fs.accessSync(T('a.txt'), 8));
sync('accessSync mode type', () => fs.accessSync(T('a.txt'), 'r'));
cb('access cb', (c) => fs.access(T('a.txt'), c));
cb('access cb missing', (c) => fs.access(T('missing'), fs.constants.R_OK, c));
prom('promises.access', () => fsp.access(T('a.txt')));
prom('promises.access missing', () => fsp.access(T('missing')));

// ---- stat / lstat / fstat ----
const statSummary = (s) => [s.constructor.name, Object.keys(s).join(','), s.isFile(), s.isDirectory(), s.isSymbolicLink(),
  s.isFIFO(), s.isSocket(), s.isBlockDevice(), s.isCharacterDevice(), s.size, (Number(s.mode) & 0o777).toString(8),
  Number(s.mode) & fs.constants.S_IFMT, s.nlink, typeof s.ino, typeof s.dev, typeof s.blksize, typeof s.blocks,
  s.atime instanceof Date, s.mtime instanceof Date, s.ctime instanceof Date, s.birthtime instanceof Date,
  Math.abs(s.mtime.getTime() - Number(s.mtimeMs)) < 1, s instanceof fs.Stats].join(' ');
sync('statSync file', () => statSummary(fs.statSync(T('a.txt'))));
sync('statSync dir', () => statSummary(fs.statSync(tmp)));
sync('statSync bigint', () => statSummary(fs.statSync(T('a.txt'), { bigint: true })));
sync('statSync bigint ns', () => { const s = fs.statSync(T('a.txt'), { bigint: true }); return [typeof s.mtimeNs, s.mtimeNs / 1000000n === s.mtimeMs].join(); });
sync('statSync missing', () => fs.statSync(T('missing')));
sync('statSync throwIfNoEntry', () => fs.statSync(T('missing'), { throwIfNoEntry: false }));
sync('lstatSync', () => statSummary(fs.lstatSync(T('a.txt'))));
sync('lstatSync missing', () => fs.lstatSync(T('missing')));
sync('fstatSync bad fd', () => fs.fstatSync(12345));
sync('fstatSync fd type', () => fs.fstatSync('1'));
sync('fstatSync fd range', () => fs.fstatSync(-2));
sync('statSync utimes set', () => { fs.utimesSync(T('a.txt'), 1000, new Date(2000000)); const s = fs.statSync(T('a.txt')); return [s.atimeMs, s.mtimeMs, s.atime.toISOString(), s.mtime.toISOString()].join(); });
sync('utimesSync string', () => { fs.utimesSync(T('a.txt'), '5', '6'); return fs.statSync(T('a.txt')).mtimeMs; });
sync('utimesSync bad', () => fs.utimesSync(T('a.txt'), {}, 1));
sync('utimesSync missing', () => fs.utimesSync(T('missing'), 1, 1));
cb('stat cb', (c) => fs.stat(T('a.txt'), (e, s) => c(e, s && statSummary(s))));
cb('stat cb missing', (c) => fs.stat(T('missing'), c));
cb('lstat cb', (c) => fs.lstat(tmp, (e, s) => c(e, s && statSummary(s))));
cb('stat cb bigint', (c) => fs.stat(T('a.txt'), { bigint: true }, (e, s) => c(e, s && statSummary(s))));
cb('utimes cb', (c) => fs.utimes(T('a.txt'), 7, 8, c));
prom('promises.stat', async () => statSummary(await fsp.stat(T('a.txt'))));
prom('promises.lstat missing', () => fsp.lstat(T('missing')));
prom('promises.utimes', async () => { await fsp.utimes(T('a.txt'), 9, 10); return (await fsp.stat(T('a.txt'))).mtimeMs; });

// ---- open / read / write / close / fsync / fstat ----
let fd;
sync('openSync w+', () => { fd = fs.openSync(T('fd.txt'), 'w+'); return typeof fd; });
sync('writeSync string', () => fs.writeSync(fd, 'abcdef'));
sync('writeSync buffer', () => fs.writeSync(fd, Buffer.from('XYZ'), 1, 2));
sync('writeSync position', () => fs.writeSync(fd, Buffer.from('00'), 0, 2, 0));
sync('writeSync string pos', () => fs.writeSync(fd, '7', 3));
sync('fsyncSync', () => fs.fsyncSync(fd));
sync('fdatasyncSync', () => fs.fdatasyncSync(fd));
sync('fstatSync', () => statSummary(fs.fstatSync(fd)));
sync('readSync position', () => { const b = Buffer.alloc(10); const n = fs.readSync(fd, b, 0, 10, 0); return [n, b.toString('latin1', 0, n)].join(); });
sync('readSync offset', () => { const b = Buffer.alloc(6, 0x2e); const n = fs.readSync(fd, b, 2, 3, 1); return b.toString(); });
sync('readSync options', () => { const b = Buffer.alloc(4); const n = fs.readSync(fd, b, { position: 4 }); return [n, b.toString('latin1', 0, n)].join(); });
sync('readSync bad buffer', () => fs.readSync(fd, 'str', 0, 1, 0));
sync('readSync bad length', () => fs.readSync(fd, Buffer.alloc(2), 0, 5, 0));
sync('readSync bad offset', () => fs.readSync(fd, Buffer.alloc(2), -1, 1, 0));
sync('readSync zero', () => fs.readSync(fd, Buffer.alloc(2), 0, 0, 0));
sync('readSync bigint pos', () => { const b = Buffer.alloc(3); return fs.readSync(fd, b, 0, 3, 2n) + ' ' + b.toString(); });
sync('ftruncateSync', () => { fs.ftruncateSync(fd, 4); return fs.fstatSync(fd).size; });
sync('closeSync', () => fs.closeSync(fd));
sync('closeSync again', () => fs.closeSync(fd));
sync('readFileSync fd.txt', () => fs.readFileSync(T('fd.txt'), 'utf8'));
sync('openSync missing', () => fs.openSync(T('missing')));
sync('openSync bad flags', () => fs.openSync(T('a.txt'), 'bogus'));
sync('openSync bad mode', () => fs.openSync(T('a.txt'), 'r', 'xyz'));
sync('openSync wx exists', () => fs.openSync(T('a.txt'), 'wx'));
sync('openSync numeric flags', () => { const f = fs.openSync(T('num.txt'), fs.constants.O_CREAT | fs.constants.O_WRONLY, 0o600); fs.writeSync(f, 'n'); fs.closeSync(f); return (fs.statSync(T('num.txt')).mode & 0o777).toString(8); });
sync('readFileSync from fd', () => { const f = fs.openSync(T('a.txt')); try { return fs.readFileSync(f, 'utf8'); } finally { fs.closeSync(f); } });
sync('writeFileSync to fd', () => { const f = fs.openSync(T('w.txt'), 'w'); fs.writeFileSync(f, 'one '); fs.writeFileSync(f, 'two'); fs.closeSync(f); return fs.readFileSync(T('w.txt'), 'utf8'); });
cb('open cb', (c) => fs.open(T('fd.txt'), 'r', (e, f) => { fd = f; c(e, typeof f); }));
cb('read cb', (c) => { const b = Buffer.alloc(8); fs.read(fd, b, 0, 8, 0, (e, n, buf) => c(e, n, buf === b, buf.toString('utf8', 0, n))); });
cb('read cb options', (c) => fs.read(fd, { buffer: Buffer.alloc(3), position: 1 }, (e, n, buf) => c(e, n, buf)));
cb('fstat cb', (c) => fs.fstat(fd, (e, s) => c(e, s && s.size)));
cb('close cb', (c) => fs.close(fd, c));
cb('close cb bad', (c) => fs.close(fd, c));
cb('read cb bad fd', (c) => fs.read(fd, Buffer.alloc(1), 0, 1, 0, c));
cb('open cb missing', (c) => fs.open(T('missing'), c));
cb('open cb w', (c) => fs.open(T('cbw.txt'), 'w', (e, f) => { fd = f; c(e); }));
cb('write cb buffer', (c) => { const b = Buffer.from('hello'); fs.write(fd, b, 0, 5, null, (e, n, buf) => c(e, n, buf === b)); });
cb('write cb string', (c) => fs.write(fd, ' there', (e, n, s) => c(e, n, s)));
cb('fsync cb', (c) => fs.fsync(fd, c));
cb('ftruncate cb', (c) => fs.ftruncate(fd, 5, c));
cb('close cb 2', (c) => fs.close(fd, c));
sync('readFileSync cbw', () => fs.readFileSync(T('cbw.txt'), 'utf8'));
prom('promises.open read', async () => {
  const fh = await fsp.open(T('a.txt'));
  const b = Buffer.alloc(5);
  const r = await fh.read(b, 0, 5, 0);
  const st = await fh.stat();
  await fh.close();
  return [typeof fh.fd, r.bytesRead, r.buffer === b, b.toString(), st.size].join();
});
prom('promises.open write', async () => {
  const fh = await fsp.open(T('fh.txt'), 'w');
  const r = await fh.write('filehandle');
  await fh.writeFile(' more');
  await fh.close();
  return [r.bytesWritten, r.buffer, await fsp.readFile(T('fh.txt'), 'utf8')].join();
});
prom('promises.readFile filehandle', async () => {
  const fh = await fsp.open(T('fh.txt'));
  try { return await fsp.readFile(fh, 'utf8'); } finally { await fh.close(); }
});
prom('promises.open missing', () => fsp.open(T('missing')));

// ---- readdir / mkdir / mkdtemp / rmdir / rm / unlink / rename ----
sync('mkdirSync', () => fs.mkdirSync(T('d')));
sync('mkdirSync exists', () => fs.mkdirSync(T('d')));
sync('mkdirSync recursive', () => fs.mkdirSync(T('d/e/f/g'), { recursive: true }));
sync('mkdirSync recursive existing', () => fs.mkdirSync(T('d/e'), { recursive: true }));
sync('mkdirSync recursive file', () => fs.mkdirSync(T('a.txt/x'), { recursive: true }));
sync('mkdirSync recursive on file', () => fs.mkdirSync(T('a.txt'), { recursive: true }));
sync('mkdirSync missing parent', () => fs.mkdirSync(T('nope/x')));
sync('mkdirSync mode', () => { fs.mkdirSync(T('m'), 0o700); return (fs.statSync(T('m')).mode & 0o777).toString(8); });
sync('mkdirSync bad recursive', () => fs.mkdirSync(T('q'), { recursive: 1 }));
sync('writeFileSync d/e/x', () => fs.writeFileSync(T('d/e/x.txt'), 'x'));
sync('symlinkSync', () => fs.symlinkSync('a.txt', T('link')));
sync('symlinkSync dir', () => fs.symlinkSync('d', T('dlink')));
sync('symlinkSync exists', () => fs.symlinkSync('a.txt', T('link')));
sync('readdirSync', () => fs.readdirSync(tmp));
sync('readdirSync buffer', () => fs.readdirSync(T('d'), 'buffer'));
sync('readdirSync types', () => fs.readdirSync(tmp, { withFileTypes: true }));
sync('readdirSync recursive', () => fs.readdirSync(T('d'), { recursive: true }));
sync('readdirSync recursive types', () => fs.readdirSync(T('d'), { recursive: true, withFileTypes: true }));
sync('readdirSync missing', () => fs.readdirSync(T('missing')));
sync('readdirSync file', () => fs.readdirSync(T('a.txt')));
sync('Dirent', () => { const d = fs.readdirSync(tmp, { withFileTypes: true }).find((x) => x.name === 'link'); return [d.constructor.name, Object.keys(d).join(), d.isSymbolicLink(), d.isFile(), d.isFIFO(), d instanceof fs.Dirent].join(); });
cb('readdir cb', (c) => fs.readdir(T('d'), c));
cb('readdir cb types', (c) => fs.readdir(T('d'), { withFileTypes: true }, c));
cb('readdir cb missing', (c) => fs.readdir(T('missing'), c));
cb('readdir cb recursive', (c) => fs.readdir(T('d'), { recursive: true }, c));
prom('promises.readdir', () => fsp.readdir(T('d/e')));
prom('promises.readdir types', () => fsp.readdir(T('d/e'), { withFileTypes: true }));
cb('mkdir cb', (c) => fs.mkdir(T('k'), c));
cb('mkdir cb recursive', (c) => fs.mkdir(T('k/l/m'), { recursive: true }, c));
cb('mkdir cb exists', (c) => fs.mkdir(T('k'), c));
prom('promises.mkdir recursive', () => fsp.mkdir(T('p/q'), { recursive: true }));
prom('promises.mkdir exists', () => fsp.mkdir(T('p')));
sync('mkdtempSync', () => { const d = fs.mkdtempSync(T('tmp-')); const ok = /tmp-[A-Za-z0-9]{6}$/.test(d) && fs.statSync(d).isDirectory(); fs.rmdirSync(d); return ok; });
sync('mkdtempSync missing', () => fs.mkdtempSync(T('nope/x-')));
sync('mkdtempSync bad', () => fs.mkdtempSync(42));
cb('mkdtemp cb', (c) => fs.mkdtemp(T('cb-'), (e, d) => { fs.rmdirSync(d); c(e, d.length - T('cb-').length); }));
prom('promises.mkdtemp', async () => { const d = await fsp.mkdtemp(T('p-')); fs.rmdirSync(d); return d.length - T('p-').length; });
sync('rmdirSync not empty', () => fs.rmdirSync(T('d')));
sync('rmdirSync file', () => fs.rmdirSync(T('a.txt')));
sync('rmdirSync missing', () => fs.rmdirSync(T('missing')));
sync('rmdirSync', () => fs.rmdirSync(T('m')));
sync('unlinkSync dir', () => fs.unlinkSync(T('k')));
sync('unlinkSync missing', () => fs.unlinkSync(T('missing')));
sync('unlinkSync link', () => fs.unlinkSync(T('dlink')));
sync('rmSync missing', () => fs.rmSync(T('missing')));
sync('rmSync missing force', () => fs.rmSync(T('missing'), { force: true }));
sync('rmSync dir', () => fs.rmSync(T('k')));
sync('rmSync bad opt', () => fs.rmSync(T('k'), { recursive: 'yes' }));
sync('rmSync recursive', () => fs.rmSync(T('k'), { recursive: true }));
sync('rmSync file', () => fs.rmSync(T('num.txt')));
cb('rm cb missing', (c) => fs.rm(T('missing'), c));
cb('rm cb dir', (c) => fs.rm(T('p'), (e) => c(e && Object.assign(e, { syscall: e.syscall }))));
cb('rm cb recursive', (c) => fs.rm(T('p'), { recursive: true, force: true }, c));
prom('promises.rm missing', () => fsp.rm(T('missing')));
prom('promises.rm', () => fsp.rm(T('w.txt')));
cb('rmdir cb missing', (c) => fs.rmdir(T('missing'), c));
cb('unlink cb', (c) => fs.unlink(T('cbw.txt'), c));
prom('promises.unlink missing', () => fsp.unlink(T('cbw.txt')));
prom('promises.rmdir notempty', () => fsp.rmdir(T('d')));
sync('renameSync', () => fs.renameSync(T('fh.txt'), T('fh2.txt')));
sync('renameSync missing', () => fs.renameSync(T('missing'), T('x')));
sync('renameSync dir over nonempty', () => { fs.mkdirSync(T('r1')); return fs.renameSync(T('r1'), T('d')); });
sync('renameSync file over dir', () => fs.renameSync(T('fh2.txt'), T('r1')));
sync('renameSync dir over file', () => fs.renameSync(T('r1'), T('fh2.txt')));
sync('renameSync bad', () => fs.renameSync(T('a'), 1));
cb('rename cb', (c) => fs.rename(T('fh2.txt'), T('fh3.txt'), c));
cb('rename cb missing', (c) => fs.rename(T('fh2.txt'), T('fh3.txt'), c));
prom('promises.rename', () => fsp.rename(T('fh3.txt'), T('fh4.txt')));
prom('promises.rename missing', () => fsp.rename(T('fh3.txt'), T('fh4.txt')));

// ---- copyFile / symlink / readlink / realpath / chmod / truncate ----
sync('copyFileSync', () => { fs.copyFileSync(T('a.txt'), T('copy.txt')); return fs.readFileSync(T('copy.txt'), 'utf8'); });
sync('copyFileSync excl', () => fs.copyFileSync(T('a.txt'), T('copy.txt'), fs.constants.COPYFILE_EXCL));
sync('copyFileSync onto itself', () => { fs.copyFileSync(T('a.txt'), T('a.txt')); return fs.readFileSync(T('a.txt'), 'utf8'); });
sync('copyFileSync onto itself excl', () => fs.copyFileSync(T('a.txt'), T('a.txt'), fs.constants.COPYFILE_EXCL));
sync('copyFileSync missing', () => fs.copyFileSync(T('missing'), T('copy2.txt')));
sync('copyFileSync bad mode', () => fs.copyFileSync(T('a.txt'), T('copy2.txt'), 8));
cb('copyFile cb', (c) => fs.copyFile(T('a.txt'), T('copy3.txt'), c));
cb('copyFile cb excl', (c) => fs.copyFile(T('a.txt'), T('copy3.txt'), fs.constants.COPYFILE_EXCL, c));
prom('promises.copyFile', () => fsp.copyFile(T('a.txt'), T('copy4.txt')));
prom('promises.copyFile missing', () => fsp.copyFile(T('missing'), T('copy4.txt')));
sync('readlinkSync', () => fs.readlinkSync(T('link')));
sync('readlinkSync buffer', () => fs.readlinkSync(T('link'), 'buffer'));
sync('readlinkSync file', () => fs.readlinkSync(T('a.txt')));
sync('readlinkSync missing', () => fs.readlinkSync(T('missing')));
cb('readlink cb', (c) => fs.readlink(T('link'), c));
prom('promises.readlink', () => fsp.readlink(T('link')));
prom('promises.symlink', () => fsp.symlink('d/e', T('elink')));
sync('lstatSync link', () => statSummary(fs.lstatSync(T('link'))));
sync('statSync link', () => statSummary(fs.statSync(T('link'))));
sync('realpathSync', () => fs.realpathSync(T('elink')) === path.join(fs.realpathSync(tmp), 'd/e'));
sync('realpathSync file link', () => path.basename(fs.realpathSync(T('link'))));
sync('realpathSync missing', () => fs.realpathSync(T('missing/deeper')).replace(fs.realpathSync(tmp), '<tmp>'));
sync('realpathSync.native missing', () => fs.realpathSync.native(T('missing/deeper')));
sync('realpathSync relative', () => fs.realpathSync('.') === process.cwd());
cb('realpath cb', (c) => fs.realpath(T('link'), (e, p) => c(e, path.basename(p))));
cb('realpath.native cb missing', (c) => fs.realpath.native(T('missing'), c));
prom('promises.realpath missing', () => fsp.realpath(T('missing')));
sync('symlinkSync broken', () => { fs.symlinkSync('nowhere', T('broken')); return fs.existsSync(T('broken')); });
sync('lstatSync broken', () => fs.lstatSync(T('broken')).isSymbolicLink());
sync('statSync broken', () => fs.statSync(T('broken')));
sync('chmodSync', () => { fs.chmodSync(T('copy.txt'), 0o600); return (fs.statSync(T('copy.txt')).mode & 0o777).toString(8); });
sync('chmodSync string', () => { fs.chmodSync(T('copy.txt'), '644'); return (fs.statSync(T('copy.txt')).mode & 0o777).toString(8); });
sync('chmodSync missing', () => fs.chmodSync(T('missing'), 0o600));
sync('chmodSync bad mode', () => fs.chmodSync(T('copy.txt'), 'rwx'));
sync('chmodSync no mode', () => fs.chmodSync(T('copy.txt')));
cb('chmod cb', (c) => fs.chmod(T('copy.txt'), 0o640, c));
prom('promises.chmod', async () => { await fsp.chmod(T('copy.txt'), 0o604); return (fs.statSync(T('copy.txt')).mode & 0o777).toString(8); });
sync('truncateSync', () => { fs.truncateSync(T('copy.txt'), 3); return fs.readFileSync(T('copy.txt'), 'utf8'); });
sync('truncateSync zero', () => { fs.truncateSync(T('copy.txt')); return fs.statSync(T('copy.txt')).size; });
sync('truncateSync missing', () => fs.truncateSync(T('missing'), 1));
sync('truncateSync bad len', () => fs.truncateSync(T('copy.txt'), 'x'));
cb('truncate cb', (c) => fs.truncate(T('copy3.txt'), 2, c));
prom('promises.truncate', async () => { await fsp.truncate(T('copy3.txt'), 1); return fs.readFileSync(T('copy3.txt'), 'utf8'); });
sync('linkSync', () => { fs.linkSync(T('a.txt'), T('hard')); return fs.statSync(T('a.txt')).nlink; });
sync('linkSync exists', () => fs.linkSync(T('a.txt'), T('hard')));

// ---- chown / lutimes / readv / writev / statfs ----
const uid = process.getuid ? process.getuid() : 0;
const gid = process.getgid ? process.getgid() : 0;
sync('chownSync self', () => fs.chownSync(T('a.txt'), uid, gid));
sync('chownSync missing', () => fs.chownSync(T('missing'), uid, gid));
sync('chownSync bad uid', () => fs.chownSync(T('a.txt'), 'x', gid));
sync('chownSync uid range', () => fs.chownSync(T('a.txt'), -2, gid));
sync('lchownSync link', () => fs.lchownSync(T('link'), uid, gid));
sync('lchownSync missing', () => fs.lchownSync(T('missing'), uid, gid));
cb('chown cb', (c) => fs.chown(T('a.txt'), uid, gid, c));
cb('chown cb missing', (c) => fs.chown(T('missing'), uid, gid, c));
prom('promises.chown', () => fsp.chown(T('a.txt'), uid, gid));
prom('promises.lchown missing', () => fsp.lchown(T('missing'), uid, gid));
sync('fchownSync bad fd', () => fs.fchownSync(9999, uid, gid));
sync('lutimesSync', () => { fs.lutimesSync(T('link'), 100, 200); return [fs.lstatSync(T('link')).mtimeMs, fs.statSync(T('link')).mtimeMs === 200000].join(); });
sync('lutimesSync missing', () => fs.lutimesSync(T('missing'), 1, 2));
cb('lutimes cb', (c) => fs.lutimes(T('link'), 300, 400, c));
prom('promises.lutimes missing', () => fsp.lutimes(T('missing'), 1, 2));
sync('writevSync', () => { const f = fs.openSync(T('v.txt'), 'w+'); try { return [fs.writevSync(f, [Buffer.from('ab'), Buffer.from('cde'), new Uint8Array([0x66])]), fs.writevSync(f, [Buffer.from('XY')], 1)].join(); } finally { fs.closeSync(f); } });
sync('readvSync', () => { const f = fs.openSync(T('v.txt')); try { const a = Buffer.alloc(2); const b = Buffer.alloc(10); const n = fs.readvSync(f, [a, b], 0); return [n, a, b.toString('latin1', 0, n - 2)].join(); } finally { fs.closeSync(f); } });
sync('readvSync bad', () => fs.readvSync(0, 'x'));
sync('writevSync bad', () => fs.writevSync(0, [1]));
cb('writev cb', (c) => { const f = fs.openSync(T('v2.txt'), 'w'); const bufs = [Buffer.from('12'), Buffer.from('34')]; fs.writev(f, bufs, (e, n, b) => { fs.closeSync(f); c(e, n, b === bufs, fs.readFileSync(T('v2.txt'), 'utf8')); }); });
cb('readv cb', (c) => { const f = fs.openSync(T('v2.txt')); const bufs = [Buffer.alloc(1), Buffer.alloc(5)]; fs.readv(f, bufs, 0, (e, n, b) => { fs.closeSync(f); c(e, n, b === bufs, bufs[0], bufs[1]); }); });
sync('statfsSync', () => { const s = fs.statfsSync(tmp); return [s.constructor.name, Object.keys(s).join(), typeof s.bsize, s.bsize > 0].join(); });
sync('statfsSync bigint', () => typeof fs.statfsSync(tmp, { bigint: true }).blocks);
sync('statfsSync missing', () => fs.statfsSync(T('missing')));
cb('statfs cb', (c) => fs.statfs(tmp, (e, s) => c(e, s && Object.keys(s).join())));
prom('promises.statfs missing', () => fsp.statfs(T('missing')));

// ---- opendir / Dir ----
sync('opendirSync', () => { const d = fs.opendirSync(T('d/e')); const out = [d.constructor.name, d.path === T('d/e'), Object.keys(d).length]; const ents = []; let e; while ((e = d.readSync()) !== null) ents.push(show(e)); d.closeSync(); return out.concat(ents.sort()).join(' '); });
sync('opendirSync closed', () => { const d = fs.opendirSync(T('d/e')); d.closeSync(); return d.readSync(); });
sync('opendirSync twice closed', () => { const d = fs.opendirSync(T('d/e')); d.closeSync(); d.closeSync(); });
sync('opendirSync missing', () => fs.opendirSync(T('missing')));
sync('opendirSync file', () => fs.opendirSync(T('a.txt')));
cb('opendir cb', (c) => fs.opendir(T('d/e'), (e, d) => { if (e) return c(e); d.read((e2, ent) => d.close((e3) => c(e2 || e3, ent && ent.constructor.name))); }));
cb('opendir cb missing', (c) => fs.opendir(T('missing'), c));
prom('promises.opendir iterate', async () => { const names = []; for await (const ent of await fsp.opendir(T('d/e'))) names.push(ent.name); return names.sort().join(); });
prom('promises.opendir read', async () => { const d = await fsp.opendir(T('d/e')); const a = await d.read(); await d.close(); return a.parentPath === T('d/e'); });
prom('promises.opendir missing', () => fsp.opendir(T('missing')));

// ---- cp ----
sync('cp setup', () => { fs.mkdirSync(T('cs/sub'), { recursive: true }); fs.writeFileSync(T('cs/a'), 'A'); fs.writeFileSync(T('cs/sub/b'), 'B'); fs.symlinkSync('a', T('cs/lnk')); });
sync('cpSync dir no recursive', () => fs.cpSync(T('cs'), T('cd')));
sync('cpSync missing', () => fs.cpSync(T('missing'), T('cd')));
sync('cpSync same', () => fs.cpSync(T('cs'), T('cs'), { recursive: true }));
sync('cpSync subdir', () => fs.cpSync(T('cs'), T('cs/sub/x'), { recursive: true }));
sync('cpSync', () => { fs.cpSync(T('cs'), T('cd'), { recursive: true }); return [fs.readdirSync(T('cd'), { recursive: true }).sort().join(), fs.readlinkSync(T('cd/lnk')) === T('cs/a'), fs.readFileSync(T('cd/sub/b'), 'utf8')].join(' '); });
sync('cpSync again', () => fs.cpSync(T('cs'), T('cd'), { recursive: true }));
sync('cpSync errorOnExist', () => fs.cpSync(T('cs/sub'), T('cd/sub'), { recursive: true, force: false, errorOnExist: true }));
sync('cpSync no force', () => { fs.writeFileSync(T('cd/a'), 'changed'); fs.cpSync(T('cs'), T('cd'), { recursive: true, force: false }); return fs.readFileSync(T('cd/a'), 'utf8'); });
sync('cpSync file to dir', () => fs.cpSync(T('cs/a'), T('cd')));
sync('cpSync dir to file', () => fs.cpSync(T('cs'), T('cd/a'), { recursive: true }));
sync('cpSync file', () => { fs.cpSync(T('cs/a'), T('cfile/deep/a2')); return fs.readFileSync(T('cfile/deep/a2'), 'utf8'); });
sync('cpSync filter', () => { fs.cpSync(T('cs'), T('cf'), { recursive: true, filter: (s) => !s.endsWith('b') }); return fs.readdirSync(T('cf'), { recursive: true }).sort().join(); });
sync('cpSync verbatim', () => { fs.cpSync(T('cs/lnk'), T('vlink'), { verbatimSymlinks: true }); return fs.readlinkSync(T('vlink')); });
sync('cpSync bad opt', () => fs.cpSync(T('cs'), T('cx'), { recursive: 'x' }));
sync('cpSync bad filter', () => fs.cpSync(T('cs'), T('cx'), { filter: 1 }));
cb('cp cb', (c) => fs.cp(T('cs'), T('cc'), { recursive: true }, (e) => c(e, e ? '' : fs.readdirSync(T('cc'), { recursive: true }).sort().join())));
cb('cp cb dir no recursive', (c) => fs.cp(T('cs'), T('cc2'), c));
cb('cp cb same', (c) => fs.cp(T('cs'), T('cs'), { recursive: true }, c));
cb('cp cb missing', (c) => fs.cp(T('missing'), T('cc2'), c));
cb('cp cb errorOnExist', (c) => fs.cp(T('cs/a'), T('cc/a'), { force: false, errorOnExist: true }, c));
prom('promises.cp filter', async () => { await fsp.cp(T('cs'), T('cp'), { recursive: true, filter: async (s) => !s.endsWith('a') }); return fs.readdirSync(T('cp'), { recursive: true }).sort().join(); });
prom('promises.cp subdir', () => fsp.cp(T('cs'), T('cs/sub/y'), { recursive: true }));

// ---- relative paths (the case's cwd is the temp dir for these) ----
steps.push(() => { process.chdir(tmp); });
sync('mkdirSync rel recursive', () => fs.mkdirSync('r1/r2/r3', { recursive: true }));
sync('mkdirSync rel dotdot', () => fs.mkdirSync('./r1/x/../y', { recursive: true }));
sync('mkdirSync rel trailing slash', () => fs.mkdirSync('r9/', { recursive: true }));
sync('mkdirSync rel exists', () => fs.mkdirSync('r1', { recursive: true }));
sync('readdirSync rel types', () => fs.readdirSync('r1', { withFileTypes: true }).map((d) => d.parentPath + '|' + d.name).join());
sync('readdirSync rel recursive types', () => fs.readdirSync('./r1', { recursive: true, withFileTypes: true }).map((d) => d.parentPath + '|' + d.name).join());
sync('readdirSync rel recursive', () => fs.readdirSync('./r1/', { recursive: true }).join());
prom('promises.mkdir rel', () => fsp.mkdir('r5/r6', { recursive: true }));
sync('readFileSync empty path', () => fs.readFileSync(''));
sync('existsSync empty path', () => fs.existsSync(''));
sync('writeFileSync mode', () => { fs.writeFileSync('m1', 'x', { mode: 0o600 }); return (fs.statSync('m1').mode & 0o777).toString(8); });
sync('readlinkSync number', () => fs.readlinkSync(5));
sync('truncateSync fd', () => fs.truncateSync(7, 0));
sync('openSync dir w', () => fs.openSync('.', 'w'));
sync('appendFileSync fd', () => { const f = fs.openSync('ap', 'w'); fs.appendFileSync(f, 'x'); fs.appendFileSync(f, 'y'); fs.closeSync(f); return fs.readFileSync('ap', 'utf8'); });
steps.push(() => { process.chdir(__dirname); });

// ---- misc ----
sync('fs.Stats', () => { const s = new fs.Stats(1, 0o100644, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14); return [fs.Stats.name, fs.Stats.length, s instanceof fs.Stats, s.isFile(), s.mtimeMs, s.mtime.getTime(), Object.keys(s).length].join(); });
sync('mkdtempDisposableSync', () => { const d = fs.mkdtempDisposableSync(T('disp-')); const r = [Object.keys(d).join(), fs.existsSync(d.path)]; d.remove(); r.push(fs.existsSync(d.path)); return r.join(); });
prom('promises.mkdtempDisposable', async () => { const d = await fsp.mkdtempDisposable(T('disp-')); const r = [Object.keys(d).join(), fs.existsSync(d.path)]; await d.remove(); r.push(fs.existsSync(d.path)); return r.join(); });
// glob and watch are not implemented yet
sync('promises keys', () => Object.keys(fsp).filter((k) => k !== 'glob' && k !== 'watch').join());
sync('node: ids', () => [require('node:fs') === fs, require('node:fs/promises') === fsp].join());

// ---- watchFile ----
steps.push(() => new Promise((resolve) => {
  const f = T('watched.txt');
  let n = 0;
  const w = fs.watchFile(f, { interval: 20 }, (c, p) => {
    n++;
    console.log('watchFile', n, c.size, p.size, c.isFile(), p.mtimeMs === 0, c.mtimeMs > 0, c.constructor.name);
    if (n === 1) fs.writeFileSync(f, 'abc');
    else if (n === 2) fs.unlinkSync(f);
    else {
      fs.unwatchFile(f);
      resolve();
    }
  });
  console.log('watchFile returns', w.constructor.name, w instanceof require('events'), typeof w.ref, typeof w.unref);
}));

// ---- watch ----
sync('watch missing', () => { try { fs.watch(T('missing')); } catch (e) { return [err(e), Object.keys(e).join(), clean(e.filename)].join(' '); } });
steps.push(() => new Promise((resolve) => {
  fs.mkdirSync(T('wd'));
  const seen = [];
  // each action runs once the events of the previous one have arrived
  const actions = [
    [2, () => fs.writeFileSync(T('wd/a'), 'x')],
    [1, () => fs.appendFileSync(T('wd/a'), 'y')],
    [2, () => fs.renameSync(T('wd/a'), T('wd/b'))],
    [1, () => fs.unlinkSync(T('wd/b'))],
  ];
  let want = 0;
  const w = fs.watch(T('wd'), (ev, name) => {
    seen.push(ev + ':' + name);
    if (seen.length === want) next();
  });
  const done = () => {
    clearTimeout(timer);
    w.close();
    w.on('close', () => { console.log('watch dir', w.constructor.name, seen.join(' ')); resolve(); });
  };
  const timer = setTimeout(done, 5000);
  const next = () => {
    const a = actions.shift();
    if (!a) return done();
    want += a[0];
    a[1]();
  };
  next();
}));
steps.push(() => new Promise((resolve) => {
  const w = fs.watch(T('a.txt'));
  w.on('change', (ev, name) => {
    w.close();
    console.log('watch file', ev, name);
    resolve();
  });
  fs.utimesSync(T('a.txt'), 1, 1);
}));

// ---- callbacks and the loop ----
steps.push(() => new Promise((resolve) => {
  const order = [];
  fs.readFile(T('a.txt'), () => {
    setTimeout(() => { order.push('timeout'); console.log('io order', order.join(' ')); resolve(); }, 0);
    setImmediate(() => order.push('immediate'));
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('micro'));
  });
}));
steps.push(() => new Promise((resolve) => {
  // many requests at once complete; a timer still fires meanwhile
  let left = 50;
  for (let i = 0; i < 50; i++) {
    fs.stat(T('a.txt'), (e) => { if (e) console.log(e); if (--left === 0) { console.log('50 stats done'); resolve(); } });
  }
}));
sync('sync throw stack-free', () => { try { fs.readFileSync(T('missing')); } catch (e) { return Object.keys(e).join(); } });

(async () => {
  for (const s of steps) await s();
  fs.rmSync(tmp, { recursive: true });
  console.log('cleaned', fs.existsSync(tmp));
})();
