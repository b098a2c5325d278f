// net: setTimeout argument validation.
const net = require('net');
const s = new net.Socket();
for (const v of [-1, Infinity, 'x', NaN]) {
  try { s.setTimeout(v); } catch (e) { console.log(e.code, e.message); }
}
try { s.setTimeout(10, 'nope'); } catch (e) { console.log(e.code, e.message); }
s.destroy();
