'use strict';
// Prints `label(args…) = result` (or the error thrown) for each argument list.
module.exports = function show(label, fn, argLists) {
  for (const args of argLists) {
    let out;
    try {
      out = JSON.stringify(fn(...args));
    } catch (e) {
      out = `throws ${e.name} ${e.code}: ${e.message}`;
    }
    console.log(`${label}(${args.map((a) => (typeof a === 'string' ? JSON.stringify(a) : String(a))).join(', ')}) = ${out}`);
  }
};
