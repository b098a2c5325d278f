// access with F_OK/R_OK/W_OK/X_OK, exists (callback with one boolean), existsSync, and the
// values of the fs.constants Node documents.
const fs = require('fs');
const { file } = require('./_tmp');
const { err } = require('./_show');
fs.writeFileSync(file('f'), '');
fs.chmodSync(file('f'), 0o644);
const C = fs.constants;
for (const k of ['F_OK', 'R_OK', 'W_OK', 'X_OK', 'O_RDONLY', 'O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_EXCL', 'O_TRUNC', 'O_APPEND', 'O_DIRECTORY', 'O_NOFOLLOW', 'O_SYNC', 'O_DSYNC', 'O_NONBLOCK', 'O_NOATIME', 'S_IFMT', 'S_IFREG', 'S_IFDIR', 'S_IFLNK', 'COPYFILE_EXCL', 'COPYFILE_FICLONE', 'COPYFILE_FICLONE_FORCE', 'UV_FS_O_FILEMAP', 'UV_DIRENT_FILE', 'UV_FS_COPYFILE_EXCL'])
  console.log(k, C[k]);
console.log('top-level', fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK);
console.log('access F', fs.accessSync(file('f')));
console.log('access R|W', fs.accessSync(file('f'), C.R_OK | C.W_OK));
try { fs.accessSync(file('f'), C.X_OK); console.log('x ok (root?)', process.getuid && process.getuid() === 0); } catch (e) { console.log('access X', err(e)); }
console.log('existsSync', fs.existsSync(file('f')), fs.existsSync(file('nope')), fs.existsSync(Buffer.from(file('f'))), fs.existsSync(new URL('file://' + file('f'))));
fs.exists(file('f'), function () {
  console.log('exists args', arguments.length, arguments[0]);
  fs.exists(file('nope'), (v) => {
    console.log('exists missing', v);
    fs.access(file('nope'), C.R_OK, async (e) => {
      console.log('access cb', err(e));
      console.log('promises access', await fs.promises.access(file('f'), C.R_OK));
      console.log('promises constants', fs.promises.constants === C);
    });
  });
});
