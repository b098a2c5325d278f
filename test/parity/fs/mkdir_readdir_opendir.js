// mkdir recursive returns the first directory it created; mkdtemp; readdir with withFileTypes and
// recursive (Dirent name/parentPath and predicates); opendir with read, readSync, async iteration.
const fs = require('fs');
const path = require('path');
const { dir, file } = require('./_tmp');
const { clean } = require('./_show');
console.log('mkdir rec', clean(fs.mkdirSync(file('a/b/c'), { recursive: true })));
console.log('again', fs.mkdirSync(file('a/b/c'), { recursive: true }));
console.log('partial', clean(fs.mkdirSync(file('a/b/x/y'), { recursive: true })));
console.log('plain', fs.mkdirSync(file('p')));
fs.writeFileSync(file('a/f1'), '');
fs.writeFileSync(file('a/b/f2'), '');
fs.symlinkSync('f1', file('a/ln'));
const t = fs.mkdtempSync(file('tmp-'));
console.log('mkdtemp', path.basename(t).length, path.basename(t).startsWith('tmp-'), fs.statSync(t).isDirectory());
console.log(fs.readdirSync(file('a')).sort().join(','));
console.log(fs.readdirSync(file('a'), { recursive: true }).sort().join(','));
const ents = fs.readdirSync(file('a'), { withFileTypes: true }).sort((x, y) => x.name < y.name ? -1 : 1);
for (const d of ents) console.log(d.constructor.name, d.name, clean(d.parentPath), clean(d.path), d.isFile(), d.isDirectory(), d.isSymbolicLink());
const rec = fs.readdirSync(file('a'), { withFileTypes: true, recursive: true }).map((d) => clean(d.parentPath) + '|' + d.name).sort();
console.log(rec.join(' '));
console.log('buffer names', fs.readdirSync(file('a/b'), 'buffer').map((b) => Buffer.isBuffer(b)).join(','));
const d = fs.opendirSync(file('a/b'));
console.log('dir path', clean(d.path));
const names = [];
let e;
while ((e = d.readSync()) !== null) names.push(e.name + ':' + e.isDirectory());
console.log('readSync', names.sort().join(','));
d.closeSync();
try { d.closeSync(); } catch (er) { console.log(er.code, er.message); }
(async () => {
  const dd = await fs.promises.opendir(file('a'));
  const got = [];
  for await (const ent of dd) got.push(ent.name);
  console.log('for await', got.sort().join(','));
  try { await dd.close(); } catch (er) { console.log('close after iteration', er.code); }
  const d2 = fs.opendirSync(file('a'), { recursive: true });
  const all = [];
  for await (const ent of d2) all.push(ent.name);
  console.log('recursive opendir', all.sort().join(','));
  await new Promise((resolve) => fs.opendir(file('p'), (er, d3) => {
    d3.read((er, ent) => {
      console.log('empty dir read', er, ent);
      d3.close((er) => { console.log('closed', er); resolve(); });
    });
  }));
  await new Promise((resolve) => fs.mkdir(file('q/r'), { recursive: true }, (er, first) => { console.log('cb mkdir', er, clean(first)); resolve(); }));
  await new Promise((resolve) => fs.readdir(file('a/b'), { withFileTypes: true }, (er, list) => { console.log('cb readdir', er, list.length); resolve(); }));
  console.log('promises mkdir', clean(await fs.promises.mkdir(file('s/t'), { recursive: true })));
  console.log('promises mkdtemp', path.basename(await fs.promises.mkdtemp(file('pm-'))).length);
})();
