// chmod/fchmod/lchmod presence, utimes/futimes/lutimes with numbers, Dates and strings,
// truncate/ftruncate (grow and shrink), fsync/fdatasync, and statfs' shape.
const fs = require('fs');
const { file } = require('./_tmp');
const { err } = require('./_show');
const p = file('f');
fs.writeFileSync(p, '0123456789');
fs.chmodSync(p, 0o640);
console.log('chmod', (fs.statSync(p).mode & 0o777).toString(8));
fs.chmodSync(p, '600');
console.log('chmod string', (fs.statSync(p).mode & 0o777).toString(8));
const fd = fs.openSync(p, 'r+');
fs.fchmodSync(fd, 0o604);
console.log('fchmod', (fs.fstatSync(fd).mode & 0o777).toString(8), typeof fs.lchmod, typeof fs.lchmodSync);
fs.utimesSync(p, 1000, 2000);
let s = fs.statSync(p);
console.log('utimes num', s.atimeMs, s.mtimeMs);
fs.utimesSync(p, new Date(5000), new Date('2001-02-03T04:05:06.789Z'));
s = fs.statSync(p);
console.log('utimes date', s.atimeMs, s.mtime.toISOString());
fs.utimesSync(p, '7', '8.5');
s = fs.statSync(p);
console.log('utimes string', s.atimeMs, s.mtimeMs);
fs.futimesSync(fd, 10, 20);
console.log('futimes', fs.fstatSync(fd).mtimeMs);
fs.symlinkSync(p, file('l'));
fs.lutimesSync(file('l'), 30, 40);
console.log('lutimes', fs.lstatSync(file('l')).mtimeMs, fs.statSync(p).mtimeMs);
try { fs.utimesSync(p, 'x', 1); } catch (e) { console.log('bad time', e.code, e.message); }
fs.truncateSync(p, 4);
console.log('truncate', JSON.stringify(fs.readFileSync(p, 'utf8')));
fs.ftruncateSync(fd, 6);
console.log('ftruncate grow', JSON.stringify(fs.readFileSync(p, 'latin1')));
fs.ftruncateSync(fd);
console.log('ftruncate default', fs.fstatSync(fd).size);
try { fs.truncateSync(p, -1); } catch (e) { console.log('truncate -1', err(e)); }
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
const sf = fs.statfsSync(p);
console.log('statfs', sf.constructor.name, Object.keys(sf).join(','), Object.values(sf).every((v) => typeof v === 'number'));
console.log('statfs bigint', Object.values(fs.statfsSync(p, { bigint: true })).every((v) => typeof v === 'bigint'));
fs.fsync(fd, (e) => {
  console.log('fsync cb', e);
  fs.fdatasync(fd, (e) => {
    console.log('fdatasync cb', e);
    fs.ftruncate(fd, 2, (e) => {
      console.log('ftruncate cb', e, fs.readFileSync(p, 'utf8'));
      fs.closeSync(fd);
      fs.chmod(p, 0o600, (e) => {
        fs.statfs(p, async (e, st) => {
          console.log('statfs cb', e, typeof st.bsize);
          await fs.promises.chmod(p, 0o644);
          await fs.promises.utimes(p, 100, 200);
          await fs.promises.truncate(p, 1);
          const fh = await fs.promises.open(p, 'r+');
          await fh.truncate(3);
          await fh.utimes(300, 400);
          await fh.chmod(0o600);
          await fh.sync();
          await fh.datasync();
          const st2 = await fh.stat();
          console.log('promises', (st2.mode & 0o777).toString(8), st2.size, st2.mtimeMs);
          await fh.close();
          console.log('statfs promise', typeof (await fs.promises.statfs(p)).type);
        });
      });
    });
  });
});
