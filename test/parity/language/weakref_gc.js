// parity-flags: --expose-gc
// Checks WeakRef empties after the target is collected (--expose-gc).
let target = { big: new Array(100).fill(1) };
const ref = new WeakRef(target);
console.log('same job', ref.deref() === target);
target = null;
setTimeout(() => {
  gc();
  setTimeout(() => console.log('after gc', ref.deref()), 5);
}, 5);
