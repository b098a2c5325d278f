// fs.globSync / fs.promises.glob / fs.glob results in Node's order (its walker's, not
// sorted): '*', '**' (with and without dot segments after it), braces, ranges, classes,
// extglobs, '..' and '.' segments, trailing slashes, symlinks (to directories, files and
// nowhere), exclude as globs and as a function (which paths it is called with), withFileTypes
// (Dirent vs DirentFromStats, parentPath), no cwd, absolute and '../' patterns.
const fs = require('fs');
const path = require('path');
const { dir } = require('./_tmp');
const d = path.join(dir, 't');
for (const f of ['a.js','b.txt','.hid.js','c.md','src/x.js','src/y.ts','src/.z.js','src/deep/z.js','src/deep/w.md','src/deep/er/q.js',
  'lib/q.js','lib/r.js','node_modules/m/i.js','.dot/k.js','a/b/c/d.txt','a/bb/c.txt','x1.js','x2.js','x10.js']) {
  fs.mkdirSync(path.dirname(path.join(d,f)),{recursive:true}); fs.writeFileSync(path.join(d,f),'');
}
fs.symlinkSync('src', path.join(d,'ln'));
fs.symlinkSync('b.txt', path.join(d,'lf'));
fs.symlinkSync('nowhere', path.join(d,'dangling'));
const pats=['*','**','**/*','**/*.js','*.js','src/**','src/**/*','src/*/','**/','*/','?.js','[ab].*','[!a]*','*.{js,txt}','{src,lib}/*.js','{a,*}.js',
 'x{1..3}.js','ln/*','ln/**','**/ln/*','.dot/*','.*','**/.*','src/.*','**/deep/*','**/deep/**','src/deep/w.md','missing.js','src/../a.js','./src/x.js',
 './**/*.md','**/*.md','src/**/..','**/..','**/er/*.js','+(x|a)*.js','!(a).js','*.!(js)','@(a|b).*','a/**/d.txt','a/**/c*','**/c/*',
 'src//x.js','src/./deep/z.js','**/**/*.md','*/*/*','a/b*/**', 'lib/{q,r}.js', 'lib/q.js', '[[:alpha:]].js', 'x[0-9].js', 'x[0-9][0-9].js','src/deep','src/deep/','dangling','lf','ln','ln/'];
for (const p of pats) console.log(JSON.stringify(p), JSON.stringify(fs.globSync(p,{cwd:d})));
console.log('multi', JSON.stringify(fs.globSync(['*.txt','src/*','a.js','*.js','**/*.md'],{cwd:d})));
console.log('excl arr', JSON.stringify(fs.globSync('**/*.{js,ts}',{cwd:d, exclude:['node_modules/**','src/deep']})));
console.log('excl arr2', JSON.stringify(fs.globSync('**',{cwd:d, exclude:['**/*.js','lib']})));
const seen=[];
console.log('excl fn', JSON.stringify(fs.globSync('**/*.js',{cwd:d, exclude:(p)=>{seen.push(p);return p.startsWith('src')||p==='lib';}})), JSON.stringify(seen));
const seen2=[];
console.log('excl fn ft', JSON.stringify(fs.globSync('**/*.js',{cwd:d, withFileTypes:true, exclude:(p)=>{seen2.push(p.constructor.name+':'+p.name+':'+path.relative(d,p.parentPath));return p.name==='deep';}}).map(x=>x.constructor.name+':'+x.name+':'+path.relative(d,x.parentPath))), JSON.stringify(seen2));
console.log('ft', JSON.stringify(fs.globSync(['src/*','src/deep/w.md','**/'],{cwd:d, withFileTypes:true}).map(x=>x.constructor.name+':'+x.name+':'+path.relative(d,x.parentPath)+':'+x.isDirectory()+x.isFile()+x.isSymbolicLink())));
process.chdir(d);
console.log('nocwd ft', JSON.stringify(fs.globSync(['lib/*','src/deep/w.md','ln'],{withFileTypes:true}).map(x=>x.constructor.name+':'+x.name+':'+x.parentPath.replace(d,'<d>'))));
console.log('abs', JSON.stringify(fs.globSync(path.join(d,'src','*.js')).map(p=>p.replace(d,'<d>'))));
process.chdir(path.join(d,'src'));
console.log('dotdot', JSON.stringify(fs.globSync(['../lib/*','../*.md'])));
(async()=>{
  const r=[]; for await (const p of fs.promises.glob('**/*.js',{cwd:d})) r.push(p);
  console.log('async', JSON.stringify(r));
  const r2=[]; for await (const p of fs.promises.glob(['src/*','src/deep/w.md'],{cwd:d, withFileTypes:true})) r2.push(p.constructor.name+':'+p.name);
  console.log('async ft', JSON.stringify(r2));
  fs.glob('**/*.md',{cwd:d},(e,m)=>console.log('cb', e, JSON.stringify(m)));
})();

// dot entries after '**': what the following segment names is found, and '**' goes on inside
{
  const e = path.join(dir, 'dots');
  for (const f of ['.dot/.inner', '.dot/sub/.x', '.dot/sub/y.js', 'src/.hd/.q', 'src/.hd/w.js', '.top', 'a.js']) {
    fs.mkdirSync(path.dirname(path.join(e, f)), { recursive: true });
    fs.writeFileSync(path.join(e, f), '');
  }
  for (const p of ['**/.*', '**/.*/**', '**/.hd/*', '**/*.js', '**/.inner', '**/sub/*', '**/.dot/**', '**', '**/.*/*']) {
    const calls = [];
    const r = fs.globSync(p, { cwd: e, exclude: (x) => { calls.push(x); return false; } });
    console.log('dots', p, JSON.stringify(r), JSON.stringify(calls));
  }
}
