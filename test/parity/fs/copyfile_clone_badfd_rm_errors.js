// copyFile with COPYFILE_FICLONE_FORCE on a file system without reflink (tmpfs: /dev/shm when
// present) fails with ENOTSUP and leaves no destination; COPYFILE_FICLONE falls back to a copy.
// readFileSync of a bad fd fails in fstat; rm of a directory without recursive is Node's
// SystemError ERR_FS_EISDIR.
const fs = require('fs');
const os = require('os');
const path = require('path');
const root = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
const d = fs.mkdtempSync(path.join(root, 'gnode-parity-clone-'));
process.on('exit', () => fs.rmSync(d, { recursive: true, force: true }));
const f = path.join(d, 'a');
fs.writeFileSync(f, 'abc');
const sh = (e) => [e.name, e.constructor.name, e.code, e.errno, e.syscall, e.message.replaceAll(d, 'D'),
  Object.keys(e).join(','), e.info && JSON.stringify(e.info).replaceAll(d, 'D'), e.path && e.path.replace(d, 'D'),
  e.dest && e.dest.replace(d, 'D')].join('|');
const { COPYFILE_FICLONE, COPYFILE_FICLONE_FORCE } = fs.constants;
try { fs.copyFileSync(f, path.join(d, 'b'), COPYFILE_FICLONE_FORCE); console.log('clone ok'); } catch (e) { console.log('FICLONE_FORCE', sh(e)); }
console.log('dest exists', fs.existsSync(path.join(d, 'b')));
fs.copyFileSync(f, path.join(d, 'c'), COPYFILE_FICLONE);
console.log('FICLONE copied', fs.readFileSync(path.join(d, 'c'), 'utf8'));
fs.copyFile(f, path.join(d, 'b2'), COPYFILE_FICLONE_FORCE, (e) => {
  console.log('cb', e && sh(e), fs.existsSync(path.join(d, 'b2')));
  fs.promises.copyFile(f, path.join(d, 'b3'), COPYFILE_FICLONE_FORCE).catch((e) => console.log('promise', sh(e))).then(() => {
    try { fs.readFileSync(123456); } catch (e) { console.log('readFileSync bad fd', sh(e)); }
    fs.mkdirSync(path.join(d, 'dir'));
    try { fs.rmSync(path.join(d, 'dir')); } catch (e) { console.log('rmSync dir', sh(e)); }
    try { fs.rmSync(path.join(d, 'dir')); } catch (e) {
      const p = Object.getPrototypeOf(e);
      console.log('proto', Object.getOwnPropertyNames(p), p.constructor.name, e instanceof Error, String(e).replace(d, 'D'));
    }
    fs.rm(path.join(d, 'dir'), (e) => {
      console.log('rm cb dir', sh(e));
      fs.promises.rm(path.join(d, 'dir')).catch((e) => console.log('fsp rm dir', sh(e)));
    });
  });
});
