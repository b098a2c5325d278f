// 1e6 process.nextTick callbacks, each queuing the next in batches of 100.
// Checksum: callbacks run and a sum.
'use strict';
const N = 1e6;
let done = 0, sum = 0;
function f(i) {
  done++; sum += i;
  if (done % 100 === 0 && done < N) for (let j = 0; j < 100; j++) process.nextTick(f, j);
}
for (let j = 0; j < 100; j++) process.nextTick(f, j);
setTimeout(() => console.log(done + ' ' + sum), 0);
