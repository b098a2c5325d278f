// fs.glob / fs.globSync / fs.promises.glob: patterns, cwd, exclude (function and globs),
// withFileTypes, dot entries, symlinked directories not followed, errors. Node's result
// order follows readdir order, so the lists are sorted before printing.
const fs = require('fs');
const fsp = fs.promises;
const path = require('path');
const { dir } = require('./_tmp');
const d = path.join(dir, 'g');
for (const f of ['a.js', 'b.txt', '.hid.js', 'src/x.js', 'src/y.ts', 'src/deep/z.js', 'src/deep/w.md',
  'lib/q.js', 'node_modules/m/i.js', '.dot/k.js']) {
  fs.mkdirSync(path.dirname(path.join(d, f)), { recursive: true });
  fs.writeFileSync(path.join(d, f), '');
}
fs.symlinkSync('src', path.join(d, 'ln'));
const S = (a) => JSON.stringify([...a].sort());
(async () => {
  console.log(typeof fs.glob, typeof fs.globSync, typeof fsp.glob);
  for (const p of ['*.js', '**/*.js', '**', 'src/**', 'src/*/', '?.js', '[ab].*', '*.{js,txt}', 'ln/*', '.dot/*',
    '**/deep/*', 'src/deep/w.md', 'missing.js', 'src/../a.js', './src/x.js', '**/*.md', 'nomatch*']) {
    console.log(p, S(fs.globSync(p, { cwd: d })));
  }
  console.log('multi', S(fs.globSync(['*.txt', 'src/*', 'a.js', '*.js'], { cwd: d })));
  console.log('exclude globs', S(fs.globSync('**/*.{js,ts}', { cwd: d, exclude: ['node_modules/**'] })));
  const seen = [];
  console.log('exclude fn', S(fs.globSync('**/*.js', { cwd: d, exclude: (p) => { seen.push(p); return p.startsWith('src'); } })));
  console.log('exclude fn saw src/x.js', seen.includes('src/x.js'), 'saw src', seen.includes('src'));
  const de = fs.globSync('src/*', { cwd: d, withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1);
  console.log('dirents', de.map((x) => [x.constructor.name, x.name, x.parentPath === path.join(d, 'src'), x.isFile(), x.isDirectory()]));
  console.log('absolute', S(fs.globSync(path.join(d, 'src', '*.js')).map((p) => path.relative(d, p))));
  const first = await fsp.glob('**/*.md', { cwd: d }).next();
  console.log('fsp first', JSON.stringify(first));
  const r = [];
  for await (const p of fsp.glob('src/**/*.js', { cwd: d })) r.push(p);
  console.log('fsp all', S(r));
  const cwdBefore = process.cwd();
  process.chdir(d);
  console.log('process cwd', S(fs.globSync('lib/*')));
  process.chdir(cwdBefore);
  await new Promise((res) => {
    let sync = true;
    fs.glob('lib/*', { cwd: d }, (e, m) => { console.log('cb', e, S(m), 'async', !sync); res(); });
    sync = false;
  });
  await new Promise((res) => fs.glob('*.txt', { cwd: d }, (e, m) => { console.log('cb opts', e, S(m)); res(); }));
  try { fs.globSync(1); } catch (e) { console.log(e.code, e.message); }
  try { fs.globSync('*', { cwd: 1 }); } catch (e) { console.log(e.code, e.message); }
  console.log('no cwd dir', S(fs.globSync('*', { cwd: path.join(d, 'nope') })));
})();
