// A timer cleared by an earlier timer of the same list does not fire; same for immediates.
const timers = [];
const immediates = [];
let b;
setTimeout(() => { timers.push('a clears b'); clearTimeout(b); }, 5);
b = setTimeout(() => timers.push('b fired (should not)'), 5);
setTimeout(() => timers.push('c fired'), 5);
let im2;
setImmediate(() => { immediates.push('im1 clears im2'); clearImmediate(im2); });
im2 = setImmediate(() => immediates.push('im2 fired (should not)'));
setImmediate(() => immediates.push('im3 fired'));
process.on('exit', () => {
  console.log('timers:', timers.join(', '));
  console.log('immediates:', immediates.join(', '));
});
