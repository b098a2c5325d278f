// Every style (sync throws, callback receives, promise rejects) gives the same Node system error:
// code, errno, syscall, path and dest, and the message "ENOENT: no such file or directory, open '…'".
const fs = require('fs');
const { file } = require('./_tmp');
const { err } = require('./_show');
const missing = file('missing'), missing2 = file('missing2');
fs.writeFileSync(file('exists'), 'x');
fs.mkdirSync(file('dir'));
fs.writeFileSync(file('dir/inner'), 'y');
const ops = [
  ['open', [missing, 'r'], 'open'],
  ['readFile', [missing], 'readFile'],
  ['stat', [missing], 'stat'],
  ['lstat', [missing], 'lstat'],
  ['readdir', [missing], 'readdir'],
  ['rmdir', [missing], 'rmdir'],
  ['rmdir', [file('dir')], 'rmdir'],
  ['unlink', [missing], 'unlink'],
  ['unlink', [file('dir')], 'unlink'],
  ['rename', [missing, missing2], 'rename'],
  ['link', [missing, missing2], 'link'],
  ['symlink', [missing, file('exists')], 'symlink'],
  ['copyFile', [missing, missing2], 'copyFile'],
  ['mkdir', [file('dir')], 'mkdir'],
  ['mkdir', [file('a/b/c')], 'mkdir'],
  ['access', [missing], 'access'],
  ['chmod', [missing, 0o644], 'chmod'],
  ['utimes', [missing, 1, 1], 'utimes'],
  ['truncate', [missing, 0], 'truncate'],
  ['readlink', [file('exists')], 'readlink'],
  ['realpath', [missing], 'realpath'],
  ['opendir', [missing], 'opendir'],
  ['readFile', [file('dir')], 'readFile'],
  ['writeFile', [file('dir'), 'x'], 'writeFile'],
  ['open', [file('exists'), 'wx'], 'open'],
  ['readdir', [file('exists')], 'readdir'],
  ['mkdtemp', [file('nope/x-')], 'mkdtemp'],
];
(async () => {
  for (const [name, args, pname] of ops) {
    let s;
    try { fs[name + 'Sync'](...args); s = 'no error'; } catch (e) { s = err(e); }
    let c = await new Promise((resolve) => fs[name](...args, (e) => resolve(err(e))));
    let p;
    try { await fs.promises[pname](...args); p = 'no error'; } catch (e) { p = err(e); }
    // the async forms name the random path they tried, the sync form the template
    if (name === 'mkdtemp') { c = c.replace(/x-(?!XXXXXX)\w{6}/g, 'x-<random>'); p = p.replace(/x-(?!XXXXXX)\w{6}/g, 'x-<random>'); }
    console.log(name, s);
    if (c !== s) console.log('  callback differs:', c);
    if (p !== s) console.log('  promise differs:', p);
  }
})();
