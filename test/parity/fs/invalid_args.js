// Bad arguments get Node's ERR_* errors (type, value, range), thrown synchronously even for the
// callback and promise styles' argument checks.
const fs = require('fs');
const { file } = require('./_tmp');
const t = (name, f) => {
  try { const r = f(); if (r && typeof r.then === 'function') return r.then(() => console.log(name, 'resolved'), (e) => console.log(name, 'rejects', e.code, e.message)); console.log(name, 'ok'); }
  catch (e) { console.log(name, e.name, e.code, e.message); }
};
fs.writeFileSync(file('f'), 'abc');
const fd = fs.openSync(file('f'), 'r');
(async () => {
  t('readFileSync obj', () => fs.readFileSync({}));
  t('readFileSync null byte', () => fs.readFileSync('a\0b'));
  t('writeFileSync number', () => fs.writeFileSync(file('g'), 123));
  t('openSync bad flag', () => fs.openSync(file('f'), 'bad'));
  t('openSync bad mode', () => fs.openSync(file('f'), 'r', 'xyz'));
  t('mkdirSync recursive str', () => fs.mkdirSync(file('m'), { recursive: 'yes' }));
  t('readSync bad offset', () => fs.readSync(fd, Buffer.alloc(2), 5, 1, 0));
  t('readSync bad length', () => fs.readSync(fd, Buffer.alloc(2), 0, 5, 0));
  t('readSync bad buffer', () => fs.readSync(fd, 'str', 0, 1, 0));
  t('readSync bad fd', () => fs.readSync(-1, Buffer.alloc(1)));
  t('readSync fd string', () => fs.readSync('1', Buffer.alloc(1)));
  t('closeSync bad fd type', () => fs.closeSync('x'));
  t('closeSync EBADF', () => fs.closeSync(9999));
  t('readFile no cb', () => fs.readFile(file('f')));
  t('stat cb not fn', () => fs.stat(file('f'), 'nope'));
  t('stat bad path', () => fs.stat(42, () => {}));
  t('chmod bad mode', () => fs.chmodSync(file('f'), 'rwx'));
  t('copyFile bad mode', () => fs.copyFileSync(file('f'), file('h'), 99));
  t('truncate bad len', () => fs.truncateSync(file('f'), 'x'));
  t('rmSync bad opts', () => fs.rmSync(file('f'), { recursive: 1 }));
  t('writeSync bad pos', () => fs.writeSync(fd, Buffer.from('a'), 0, 1, -2));
  t('readdir bad opts', () => fs.readdirSync(file('.'), 5));
  t('symlink bad type', () => fs.symlinkSync('a', file('s'), 'weird'));
  t('access bad mode', () => fs.accessSync(file('f'), 99));
  t('existsSync bad', () => console.log(fs.existsSync({}), fs.existsSync(), fs.existsSync('a\0b')));
  t('watchFile no listener', () => fs.watchFile(file('f')));
  t('createReadStream bad start', () => fs.createReadStream(file('f'), { start: -1 }));
  t('createReadStream start>end', () => fs.createReadStream(file('f'), { start: 5, end: 2 }));
  t('createWriteStream bad flags', () => fs.createWriteStream(file('f'), { flags: 5 }));
  await t('promises readFile obj', () => fs.promises.readFile({}));
  await t('promises open bad flag', () => fs.promises.open(file('f'), 'zz'));
  await t('promises mkdir bad', () => fs.promises.mkdir(file('m'), { recursive: 'x' }));
  await t('promises writeFile num', () => fs.promises.writeFile(file('g'), 5));
  fs.closeSync(fd);
})();
