// rm/rmdir (recursive, force), rename, copyFile with COPYFILE_EXCL, and cp (recursive, filter,
// errorOnExist, force, dereference), with Node's errors for each refusal.
const fs = require('fs');
const { file } = require('./_tmp');
const { err } = require('./_show');
const t = (f) => { try { const r = f(); return r === undefined ? 'ok' : r; } catch (e) { return err(e); } };
fs.mkdirSync(file('src/sub'), { recursive: true });
fs.writeFileSync(file('src/a.txt'), 'A');
fs.writeFileSync(file('src/sub/b.txt'), 'B');
fs.writeFileSync(file('src/skip.log'), 'L');
fs.symlinkSync(file('src/a.txt'), file('src/link'));
console.log('rmdir non-empty', t(() => fs.rmdirSync(file('src'))));
console.log('rm dir', t(() => fs.rmSync(file('src'))));
console.log('rm missing', t(() => fs.rmSync(file('nope'))));
console.log('rm missing force', t(() => fs.rmSync(file('nope'), { force: true })));
console.log('copyFile', t(() => fs.copyFileSync(file('src/a.txt'), file('c.txt'))), fs.readFileSync(file('c.txt'), 'utf8'));
console.log('copyFile excl', t(() => fs.copyFileSync(file('src/a.txt'), file('c.txt'), fs.constants.COPYFILE_EXCL)));
console.log('copyFile dir', t(() => fs.copyFileSync(file('src'), file('c2'))));
console.log('rename', t(() => fs.renameSync(file('c.txt'), file('d.txt'))), fs.existsSync(file('c.txt')), fs.existsSync(file('d.txt')));
console.log('rename dir over file', t(() => fs.renameSync(file('src/sub'), file('d.txt'))));
console.log('cp dir no recursive', t(() => fs.cpSync(file('src'), file('dst'))));
console.log('cp', t(() => fs.cpSync(file('src'), file('dst'), { recursive: true, filter: (s) => !s.endsWith('.log') })));
console.log(fs.readdirSync(file('dst'), { recursive: true }).sort().join(','), fs.lstatSync(file('dst/link')).isSymbolicLink());
fs.mkdirSync(file('one'));
fs.writeFileSync(file('one/only.txt'), 'O');
fs.cpSync(file('one'), file('one-copy'), { recursive: true });
// one file, so which conflict comes first does not depend on the directory's order
console.log('cp errorOnExist', t(() => fs.cpSync(file('one'), file('one-copy'), { recursive: true, force: false, errorOnExist: true })));
fs.writeFileSync(file('src/a.txt'), 'A2');
console.log('cp no force', t(() => fs.cpSync(file('src'), file('dst'), { recursive: true, force: false })), fs.readFileSync(file('dst/a.txt'), 'utf8'));
console.log('cp force', t(() => fs.cpSync(file('src'), file('dst'), { recursive: true })), fs.readFileSync(file('dst/a.txt'), 'utf8'));
console.log('cp deref', t(() => fs.cpSync(file('src'), file('dst2'), { recursive: true, dereference: true })), fs.lstatSync(file('dst2/link')).isSymbolicLink());
console.log('cp into itself', t(() => fs.cpSync(file('src'), file('src/sub/inner'), { recursive: true })));
console.log('cp file to dir', t(() => fs.cpSync(file('src/a.txt'), file('dst'))));
console.log('rm recursive', t(() => fs.rmSync(file('dst'), { recursive: true })), fs.existsSync(file('dst')));
fs.cp(file('src'), file('dst3'), { recursive: true }, (e) => {
  console.log('cp cb', e, fs.readdirSync(file('dst3')).sort().join(','));
  fs.rm(file('dst3'), { recursive: true }, async (e) => {
    console.log('rm cb', e, fs.existsSync(file('dst3')));
    await fs.promises.cp(file('src'), file('dst4'), { recursive: true });
    await fs.promises.rename(file('dst4'), file('dst5'));
    await fs.promises.copyFile(file('d.txt'), file('dst5/copied'));
    console.log('promises', fs.readdirSync(file('dst5')).sort().join(','));
    await fs.promises.rm(file('dst5'), { recursive: true, force: true });
    await fs.promises.rmdir(file('src/sub')).catch((e) => console.log('rmdir promise', err(e)));
    console.log('done', fs.existsSync(file('dst5')));
  });
});
