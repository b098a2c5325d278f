// 1e6 resolved promises: Promise.resolve(i).then(f) (the "1e6 resolved promises <= 3x node"
// target). Checksum: reactions run and a sum.
'use strict';
let done = 0, sum = 0;
const f = (v) => { done++; sum += v; };
for (let i = 0; i < 1e6; i++) Promise.resolve(i).then(f);
setTimeout(() => console.log(done + ' ' + sum), 0);
