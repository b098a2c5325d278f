// Stats and BigIntStats: own keys in order, value types, the is*() predicates for files,
// directories and symlinks, throwIfNoEntry, fstat, and the promise and callback forms.
const fs = require('fs');
const { file } = require('./_tmp');
fs.writeFileSync(file('f'), '12345');
fs.mkdirSync(file('d'));
fs.symlinkSync(file('f'), file('l'));
const st = fs.statSync(file('f'));
console.log(Object.keys(st).join(','));
console.log(st instanceof fs.Stats, st.constructor.name, st.size, st.nlink, typeof st.ino, typeof st.mtimeMs, st.mtime instanceof Date);
console.log(Object.keys(st).map((k) => typeof st[k]).join(','));
const preds = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice'];
for (const [n, s] of [['file', st], ['dir', fs.statSync(file('d'))], ['lstat link', fs.lstatSync(file('l'))], ['stat link', fs.statSync(file('l'))]])
  console.log(n, preds.filter((p) => s[p]()).join(','));
const bs = fs.statSync(file('f'), { bigint: true });
console.log(Object.keys(bs).join(','));
console.log(bs.constructor.name, typeof bs.size, bs.size, typeof bs.mtimeNs, typeof bs.mtimeMs, bs.isFile());
console.log(bs.mtimeNs / 1000000n === bs.mtimeMs, bs.mtime.getTime() === Number(bs.mtimeMs));
console.log('throwIfNoEntry', fs.statSync(file('nope'), { throwIfNoEntry: false }), fs.lstatSync(file('nope'), { throwIfNoEntry: false }));
const fd = fs.openSync(file('f'), 'r');
console.log('fstat', fs.fstatSync(fd).size, typeof fs.fstatSync(fd, { bigint: true }).size);
fs.fstat(fd, (e, s) => {
  console.log('fstat cb', e, s.size);
  fs.closeSync(fd);
  fs.stat(file('d'), { bigint: true }, (e, s) => {
    console.log('stat cb bigint', e, s.isDirectory(), typeof s.dev);
    fs.lstat(file('l'), async (e, s) => {
      console.log('lstat cb', e, s.isSymbolicLink());
      const ps = await fs.promises.stat(file('f'));
      console.log('promise', ps.size, ps.isFile());
      const fh = await fs.promises.open(file('f'));
      console.log('fh.stat', (await fh.stat()).size, typeof (await fh.stat({ bigint: true })).size);
      await fh.close();
    });
  });
});
