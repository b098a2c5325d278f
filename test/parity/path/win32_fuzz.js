// parity-timeout: 30s
// Differential sweep of path.win32: 1,500 pseudo-random paths (seeded, so the same every run)
// built from drive letters, UNC and device prefixes, reserved device names, dots, colons and both
// separators, through every win32 function. cwd is "/" so resolve() output is machine-independent.
'use strict';
process.chdir('/');
const { win32 } = require('path');
let seed = 12345;
const rand = (n) => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) % n;
};
const atoms = ['a', 'b', 'foo', 'Bar', 'c:', 'C:', 'z:', '\\', '/', '\\\\', '//', '.', '..', ':', 'CON', 'con:',
  'COM1:', 'lpt9', 'NUL:', '?', '\\\\?\\', '\\\\.\\', 'server', 'share', 'x.txt', '.ext', 'file.tar.gz', 'é', 'ẞ', ' '];
const gen = () => {
  let s = '';
  const n = rand(7);
  for (let i = 0; i < n; i++) s += atoms[rand(atoms.length)];
  return s;
};
const show = (f) => {
  try {
    return JSON.stringify(f());
  } catch (e) {
    return `throws ${e.code}`;
  }
};
for (let i = 0; i < 1500; i++) {
  const p = gen();
  const q = gen();
  console.log(JSON.stringify(p), JSON.stringify(q),
    'n', show(() => win32.normalize(p)),
    'r', show(() => win32.resolve(p)),
    'r2', show(() => win32.resolve(q, p)),
    'j', show(() => win32.join(q, p)),
    'rel', show(() => win32.relative(q, p)),
    'abs', win32.isAbsolute(p),
    'ns', show(() => win32.toNamespacedPath(p)),
    'd', show(() => win32.dirname(p)),
    'b', show(() => win32.basename(p)),
    'bs', show(() => win32.basename(p, q)),
    'e', show(() => win32.extname(p)),
    'p', show(() => win32.parse(p)),
    'f', show(() => win32.format(win32.parse(p))));
}
