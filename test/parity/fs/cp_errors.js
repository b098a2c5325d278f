// fs.cp / cpSync / promises.cp: Node's checks and errors in all three forms (symlink over a
// file, a dest link into src, a src link to dest, a parent of dest that is src, sockets and
// FIFOs, same path, subdirectory of self, dir/non-dir, no recursive, errorOnExist), option
// validation (incompatible pair, types, mode), and a copied tree (filter calls, relative
// links made absolute or kept with verbatimSymlinks, modes).
const fs = require('fs');
const path = require('path');
const os = require('os');
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'cpt-'));
const R = (p) => p.split(base).join('<b>');
let n = 0;
const fresh = () => { const d = path.join(base, String(n++)); fs.mkdirSync(d); return d; };
const show = (label, e) => {
  if (!e) return console.log(label, 'ok');
  console.log(label, e.name, e.code, R(e.message), e.syscall, e.errno, e.path && R(e.path), e.info && R(JSON.stringify(e.info)));
};
const both = async (label, setup, opts) => {
  for (const mode of ['sync', 'cb', 'promise']) {
    const d = fresh();
    const [src, dest] = setup(d);
    try {
      if (mode === 'sync') fs.cpSync(src, dest, opts);
      else if (mode === 'cb') await new Promise((res, rej) => fs.cp(src, dest, opts, (e) => (e ? rej(e) : res())));
      else await fs.promises.cp(src, dest, opts);
      show(`${label} ${mode}`);
    } catch (e) { show(`${label} ${mode}`, e); }
  }
};
(async () => {
  await both('symlink over file', (d) => {
    const src = path.join(d, 's'), dest = path.join(d, 'd');
    fs.mkdirSync(path.join(src, 'a', 'b'), { recursive: true });
    fs.symlinkSync(path.join(src, 'a', 'b'), path.join(src, 'a', 'c'));
    fs.mkdirSync(path.join(dest, 'a'), { recursive: true });
    fs.writeFileSync(path.join(dest, 'a', 'c'), 'hello');
    return [src, dest];
  }, { recursive: true });
  await both('dest link points to src', (d) => {
    const src = path.join(d, 's'), dest = path.join(d, 'd');
    fs.mkdirSync(path.join(src, 'a', 'b'), { recursive: true });
    fs.symlinkSync(path.join(src, 'a', 'b'), path.join(src, 'a', 'c'));
    fs.mkdirSync(path.join(dest, 'a'), { recursive: true });
    fs.symlinkSync(src, path.join(dest, 'a', 'c'));
    return [src, dest];
  }, { recursive: true });
  await both('src link points to dest', (d) => {
    const src = path.join(d, 's'), dest = path.join(d, 'd');
    fs.mkdirSync(src); fs.mkdirSync(dest);
    fs.symlinkSync(dest, path.join(src, 'link'));
    fs.cpSync(src, dest, { recursive: true });
    return [src, dest];
  }, { recursive: true });
  await both('parent symlink to src', (d) => {
    const src = path.join(d, 's'), dest = path.join(d, 'd');
    fs.mkdirSync(path.join(src, 'a'), { recursive: true });
    fs.mkdirSync(dest);
    fs.symlinkSync(src, path.join(dest, 'b'));
    return [src, path.join(dest, 'b', 'c')];
  }, undefined);
  {
    const d = fresh();
    const src = path.join(d, 's');
    fs.mkdirSync(src);
    const server = require('net').createServer();
    await new Promise((res) => server.listen(path.join(src, 'sock'), res));
    await both('socket', (d2) => [src, path.join(d2, 'd')], { recursive: true });
    await both('socket top', (d2) => [path.join(src, 'sock'), path.join(d2, 'e')], {});
    await new Promise((res) => server.close(res));
  }
  await both('fifo', (d) => {
    const src = path.join(d, 's'), dest = path.join(d, 'd');
    fs.mkdirSync(src);
    require('child_process').execFileSync('mkfifo', [path.join(src, 'fifo')]);
    return [src, dest];
  }, { recursive: true });
  await both('same', (d) => [d, d], { recursive: true });
  await both('subdir of self', (d) => { fs.mkdirSync(path.join(d, 's')); return [path.join(d, 's'), path.join(d, 's', 'x')]; }, { recursive: true });
  await both('dir to non-dir', (d) => { fs.mkdirSync(path.join(d, 's')); fs.writeFileSync(path.join(d, 'f'), ''); return [path.join(d, 's'), path.join(d, 'f')]; }, { recursive: true });
  await both('non-dir to dir', (d) => { fs.mkdirSync(path.join(d, 's')); fs.writeFileSync(path.join(d, 'f'), ''); return [path.join(d, 'f'), path.join(d, 's')]; }, { recursive: true });
  await both('no recursive', (d) => { fs.mkdirSync(path.join(d, 's')); return [path.join(d, 's'), path.join(d, 't')]; }, {});
  await both('errorOnExist file', (d) => { fs.writeFileSync(path.join(d, 'f'), ''); fs.writeFileSync(path.join(d, 'g'), ''); return [path.join(d, 'f'), path.join(d, 'g')]; }, { force: false, errorOnExist: true });
  await both('errorOnExist dir', (d) => { fs.mkdirSync(path.join(d, 's')); fs.mkdirSync(path.join(d, 't')); return [path.join(d, 's'), path.join(d, 't')]; }, { recursive: true, force: false, errorOnExist: true });
  await both('missing src', (d) => [path.join(d, 'nope'), path.join(d, 't')], {});
  for (const o of [{ dereference: true, verbatimSymlinks: true }, { verbatimSymlinks: -1 }, { verbatimSymlinks: null }, { force: 'x' }, { mode: 8 }, { filter: 1 }, 3]) {
    try { fs.cpSync(base, path.join(base, 'zz'), o); console.log('opts ok'); } catch (e) { show('opts ' + JSON.stringify(o), e); }
  }
  // a copied tree: modes, symlinks (relative resolved, verbatim kept), filter calls
  {
    const d = fresh();
    const src = path.join(d, 's');
    fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
    fs.writeFileSync(path.join(src, 'sub', 'f.txt'), 'x', { mode: 0o640 });
    fs.symlinkSync('sub/f.txt', path.join(src, 'rel'));
    const calls = [];
    fs.cpSync(src, path.join(d, 'd1'), { recursive: true, filter: (a, b) => { calls.push(R(a) + '>' + R(b)); return true; } });
    fs.cpSync(src, path.join(d, 'd2'), { recursive: true, verbatimSymlinks: true });
    console.log('filter', JSON.stringify(calls));
    console.log('rel link', R(fs.readlinkSync(path.join(d, 'd1', 'rel'))), fs.readlinkSync(path.join(d, 'd2', 'rel')));
    console.log('mode', (fs.statSync(path.join(d, 'd1', 'sub', 'f.txt')).mode & 0o777).toString(8));
  }
  fs.rmSync(base, { recursive: true, force: true });
})();
