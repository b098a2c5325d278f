// Recursive nextTicks all run before any promise job.
let n = 0;
function again() { n++; if (n < 100) process.nextTick(again); }
process.nextTick(again);
Promise.resolve().then(() => console.log('promise sees n =', n));
