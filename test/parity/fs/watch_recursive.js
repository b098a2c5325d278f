// fs.watch(dir, { recursive: true }) on Linux: events in subdirectories, new directories
// watched, names relative to the watched dir. Each step waits for its first event (bounded),
// then lets the rest of that batch arrive before the next step.
const fs = require('fs');
const path = require('path');
const { dir } = require('./_tmp');
const d = path.join(dir, 'w');
fs.mkdirSync(path.join(d, 'sub', 'dd'), { recursive: true });
const j = (...a) => path.join(d, ...a);
fs.writeFileSync(j('sub', 'dd', 'in.txt'), '0');
fs.writeFileSync(j('sub', 'old.txt'), '0');
fs.writeFileSync(j('top0.txt'), '0');
const steps = [
  ['create top', () => fs.writeFileSync(j('top.txt'), '1')],
  ['append top0', () => fs.appendFileSync(j('top0.txt'), '1')],
  ['overwrite top0', () => fs.writeFileSync(j('top0.txt'), '12')],
  ['create sub/x', () => fs.writeFileSync(j('sub', 'x.txt'), '1')],
  ['append sub/old', () => fs.appendFileSync(j('sub', 'old.txt'), '1')],
  ['chmod sub/old', () => fs.chmodSync(j('sub', 'old.txt'), 0o600)],
  ['chmod dir sub/dd (no event), then create m1', () => { fs.chmodSync(j('sub', 'dd'), 0o700); fs.writeFileSync(j('m1'), ''); }],
  ['mkdir sub/new', () => fs.mkdirSync(j('sub', 'new'))],
  ['create deep', () => fs.writeFileSync(j('sub', 'new', 'deep.txt'), '1')],
  ['append deep', () => fs.appendFileSync(j('sub', 'new', 'deep.txt'), '2')],
  ['unlink deep', () => fs.unlinkSync(j('sub', 'new', 'deep.txt'))],
  ['rename sub/x', () => fs.renameSync(j('sub', 'x.txt'), j('sub', 'y.txt'))],
  ['rmdir sub/new', () => fs.rmdirSync(j('sub', 'new'))],
  ['empty create', () => fs.closeSync(fs.openSync(j('sub', 'e.txt'), 'w'))],
  ['mv dir', () => fs.renameSync(j('sub', 'dd'), j('sub', 'ee'))],
  ['mkdir -p', () => fs.mkdirSync(j('a', 'b', 'c'), { recursive: true })],
  ['write in new tree', () => fs.writeFileSync(j('a', 'b', 'c', 'f.txt'), 'f')],
  ['rm -r a', () => fs.rmSync(j('a'), { recursive: true })],
  ['mv top0 into sub', () => fs.renameSync(j('top0.txt'), j('sub', 't.txt'))],
];
let ev = [];
let wake = null;
const w = fs.watch(d, { recursive: true }, (t, f) => {
  ev.push(t + ':' + f);
  if (wake) { const fn = wake; wake = null; fn(); }
});
w.on('close', () => console.log('closed'));
// The kernel merges an event identical to the one still unread before it (a truncate and a
// write both say "change"), so how many of a run arrive depends on timing: runs count once.
const collapse = (list) => list.filter((e, k) => k === 0 || e !== list[k - 1]);
let i = 0;
function next() {
  if (i >= steps.length) { w.close(); return; }
  const [name, fn] = steps[i++];
  ev = [];
  const giveUp = setTimeout(() => { wake = null; console.log(name, 'no event'); next(); }, 3000);
  wake = () => { clearTimeout(giveUp); setTimeout(() => { console.log(name, JSON.stringify(collapse(ev))); next(); }, 100); };
  fn();
}
setTimeout(next, 50);
