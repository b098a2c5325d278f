// package.json "imports" (#specifiers) with conditions, patterns, bare targets and a missing entry.

const r = require('pkg-imports');
for (const k of Object.keys(r)) console.log(k, '=>', r[k]);
try { require('#util'); } catch (e) { console.log('outside the package:', e.code, e.message.split('\n')[0]); }
