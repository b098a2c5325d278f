// chown/fchown/lchown to the file's own uid and gid (allowed for anyone), their validation
// errors, and the promise forms.
const fs = require('fs');
const { file } = require('./_tmp');
const { clean } = require('./_show');
const p = file('o');
fs.writeFileSync(p, '');
fs.symlinkSync(p, file('l'));
const { uid, gid } = fs.statSync(p);
fs.chownSync(p, uid, gid);
fs.lchownSync(file('l'), uid, gid);
const fd = fs.openSync(p, 'r');
fs.fchownSync(fd, uid, gid);
fs.closeSync(fd);
console.log('same owner', fs.statSync(p).uid === uid, fs.statSync(p).gid === gid);
const t = (name, f) => { try { f(); console.log(name, 'ok'); } catch (e) { console.log(name, e.code, clean(e.message)); } };
t('uid string', () => fs.chownSync(p, 'a', 0));
t('uid -2', () => fs.chownSync(p, -2, 0));
t('gid float', () => fs.chownSync(p, 0, 1.5));
t('uid -1 keeps', () => fs.chownSync(p, -1, -1));
t('missing', () => fs.chownSync(file('none'), uid, gid));
fs.chown(p, uid, gid, async (e) => {
  console.log('cb', e);
  await fs.promises.chown(p, uid, gid);
  await fs.promises.lchown(file('l'), uid, gid);
  const fh = await fs.promises.open(p);
  await fh.chown(uid, gid);
  await fh.close();
  console.log('promises ok');
});
