// getCallSites: frames of the caller (function name, script, line, column); only frames of
// this file are printed (Node's internal frames differ between runtimes).
const util = require('util');
const mine = (sites) => sites.filter((s) => s.scriptName === __filename)
  .map((s) => `${s.functionName || '<top>'} ${s.lineNumber}:${s.column} same=${s.column === s.columnNumber} id=${typeof s.scriptId}`);
function outer() { return inner(); }
function inner() { return util.getCallSites(); }
console.log(mine(outer()).join('\n'));
console.log('frameCount 1:', mine(util.getCallSites(1)).length);
console.log('options only:', mine(util.getCallSites({ sourceMap: false })).length);
for (const bad of [0, 201, 'x']) {
  try { util.getCallSites(bad); } catch (e) { console.log(e.code, e.message); }
}
