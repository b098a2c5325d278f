// Map and Set: insert, lookup, delete and iterate, with number and string keys.
// Checksum: sizes and a sum of found values.
'use strict';
let found = 0, sizes = 0;
for (let r = 0; r < 5; r++) {
  const m = new Map();
  const s = new Set();
  for (let i = 0; i < 100000; i++) { m.set(i, i * 2); s.add('k' + (i % 50000)); }
  for (let i = 0; i < 200000; i += 3) { const v = m.get(i); if (v !== undefined) found += v; }
  for (let i = 0; i < 100000; i += 2) m.delete(i);
  for (let i = 0; i < 60000; i++) if (s.has('k' + i)) found++;
  for (const [k, v] of m) found += (k ^ v) & 1;
  for (const k of s) if (k.length === 6) found++;
  sizes += m.size + s.size;
}
console.log(found + ' ' + sizes);
