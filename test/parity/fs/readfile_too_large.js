// readFile of a regular file over 2 GiB - 1 (a sparse file here) fails with Node's
// ERR_FS_FILE_TOO_LARGE RangeError in the sync, callback and promise forms, before reading.
const fs = require('fs');
const { file } = require('./_tmp');
const big = file('big');
fs.writeFileSync(big, '0');
fs.truncateSync(big, 2 ** 31);
try { fs.readFileSync(big); } catch (e) { console.log('sync', e.name, e.code, e.message); }
fs.readFile(big, (e) => {
  console.log('callback', e.name, e.code, e.message);
  fs.promises.readFile(big).catch((e2) => {
    console.log('promise', e2.name, e2.code, e2.message);
    fs.truncateSync(big, 2 ** 31 - 1);
    console.log('at the limit', fs.statSync(big).size);
  });
});
