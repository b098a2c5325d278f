// Package subpaths from ESM: patterns, the import condition, not-exported errors.

import b from 'pkg-exports/sub/deep/b';
import nested from 'pkg-exports/nested';
console.log(b, nested);
for (const spec of ['pkg-exports/unexported.js', 'pkg-exports/sub/private/secret', 'pkg-exports/bad-target']) {
  try { await import(spec); } catch (e) { console.log(e.code, e.message); }
}
