// clear* functions ignore values that are not timers.
for (const v of [undefined, null, 0, -1, 'abc', {}, [], NaN]) {
  clearTimeout(v);
  clearInterval(v);
  clearImmediate(v);
}
console.log('no throw');
const im = setImmediate(() => console.log('cleared immediate fired (should not)'));
clearImmediate(im);
const t = setTimeout(() => console.log('cleared with clearInterval fired (should not)'), 1);
clearInterval(t);
const iv = setInterval(() => console.log('cleared with clearTimeout fired (should not)'), 1);
clearTimeout(iv);
setTimeout(() => console.log('done'), 10);
