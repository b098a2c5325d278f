// 1e6 setTimeout(f, 0) callbacks, queued 10,000 at a time from the callbacks themselves
// (the "1e6 setTimeout(f,0) <= 3x node" target). Checksum: callbacks run and a sum.
'use strict';
const N = 1e6, BATCH = 10000;
let done = 0, sum = 0;
function f(i) {
  done++; sum += i;
  if (done % BATCH === 0) {
    if (done < N) schedule();
    else console.log(done + ' ' + sum);
  }
}
function schedule() { for (let i = 0; i < BATCH; i++) setTimeout(f, 0, i); }
schedule();
