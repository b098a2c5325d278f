// Many async randomBytes / randomFill / randomInt requests: every callback arrives once, on a later
// turn, with results of the right size and range (randomInt refills its cache for the late ones).
'use strict';
const crypto = require('crypto');
let bytes = 0;
let fills = 0;
let ints = 0;
let intsInRange = true;
let sync = true;
let anySync = false;
for (let i = 0; i < 50; i++) {
  crypto.randomBytes(i, (err, b) => {
    if (sync) anySync = true;
    if (!err && b.length === i) bytes++;
  });
  crypto.randomFill(new Uint32Array(i), (err, a) => {
    if (!err && a.length === i) fills++;
  });
}
for (let i = 0; i < 3000; i++) {
  crypto.randomInt(-10, 10, (err, n) => {
    ints++;
    intsInRange = intsInRange && err === undefined && n >= -10 && n < 10;
  });
}
sync = false;
process.on('exit', () => console.log('bytes', bytes, 'fills', fills, 'ints', ints, intsInRange, 'sync callback', anySync));
