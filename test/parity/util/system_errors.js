// getSystemErrorName / getSystemErrorMessage / getSystemErrorMap.
const util = require('util');
for (const n of [-2, -13, -98, -111, -4095, -99999]) {
  console.log(n, util.getSystemErrorName(n), '|', util.getSystemErrorMessage(n));
}
for (const bad of [2, 0, 1.5, -1.5, 'x', NaN]) {
  try { util.getSystemErrorName(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { util.getSystemErrorMessage('x'); } catch (e) { console.log(e.name, e.code, e.message); }
const m = util.getSystemErrorMap();
console.log('map:', m instanceof Map, m.size, JSON.stringify(m.get(-2)), m === util.getSystemErrorMap());
console.log('ENOENT from fs matches:', (() => { try { require('fs').readFileSync('/does/not/exist'); } catch (e) { return util.getSystemErrorName(e.errno) === e.code; } })());
