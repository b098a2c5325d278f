// parity-timeout: 30s
// Differential sweep of path.matchesGlob (posix and win32): 3,000 seeded pseudo-random
// path/pattern pairs from segments, dots, separators, *, **, ?, classes, braces and extglobs.
'use strict';
const path = require('path');
let seed = 777;
const rand = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const pathAtoms = ['a', 'b', 'ab', 'foo', 'x.js', '.hidden', '.', '..', '1', 'A'];
const patAtoms = ['a', 'b', '*', '**', '?', '[ab]', '[!a]', '[a-c]', '{a,b}', '{x,foo}.js', '*.js', 'a*', '?b',
  '.*', '+(a|b)', '@(foo|ab)', '!(a)', '*(a)', '[[:digit:]]', '[[:upper:]]', 'foo', '.hidden', '{1..3}', '.'];
const genPath = (sep) => {
  const n = 1 + rand(4);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(pathAtoms[rand(pathAtoms.length)]);
  let s = parts.join(sep === undefined ? (rand(2) ? '/' : '\\') : sep);
  if (rand(8) === 0) s = '/' + s;
  if (rand(8) === 0) s += '/';
  return s;
};
const genPat = () => {
  const n = 1 + rand(4);
  const parts = [];
  for (let i = 0; i < n; i++) parts.push(patAtoms[rand(patAtoms.length)]);
  let s = parts.join(rand(5) ? '/' : '\\');
  if (rand(8) === 0) s = '/' + s;
  return s;
};
const lines = [];
let matches = 0;
for (let i = 0; i < 3000; i++) {
  const pat = genPat();
  const p = genPath('/');
  const w = genPath();
  const a = path.posix.matchesGlob(p, pat);
  const b = path.win32.matchesGlob(w, pat);
  matches += a + b;
  lines.push(`${JSON.stringify(pat)} posix ${JSON.stringify(p)} ${a} win32 ${JSON.stringify(w)} ${b}`);
}
console.log(lines.join('\n'));
console.log('matches', matches);
