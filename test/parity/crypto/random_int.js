// randomInt: every argument form, results within range (checked over many draws), distribution
// touches both ends, async callback, and the range/type errors.
'use strict';
const crypto = require('crypto');
function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
let inRange = true;
const seen = new Set();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(3);
  inRange = inRange && Number.isInteger(n) && n >= 0 && n < 3;
  seen.add(n);
}
console.log('max only', inRange, [...seen].sort().join(','));
inRange = true;
seen.clear();
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(-5, -2);
  inRange = inRange && n >= -5 && n < -2;
  seen.add(n);
}
console.log('min,max', inRange, [...seen].sort().join(','));
const big = crypto.randomInt(2 ** 48 - 1);
console.log('wide', Number.isSafeInteger(big) && big >= 0 && big < 2 ** 48 - 1);
const neg = crypto.randomInt(-(2 ** 53 - 1), -(2 ** 53 - 1) + 2 ** 48 - 1);
console.log('near min safe', Number.isSafeInteger(neg));
t('min>max', () => crypto.randomInt(1, 0));
t('min=max', () => crypto.randomInt(3, 3));
t('range 2**48', () => crypto.randomInt(0, 2 ** 48));
t('range 2**48 max only', () => crypto.randomInt(2 ** 48));
t('float', () => crypto.randomInt(1.5));
t('string', () => crypto.randomInt('1'));
t('unsafe min', () => crypto.randomInt(-(2 ** 53), 0));
t('unsafe max', () => crypto.randomInt(0, 2 ** 53));
t('bad callback', () => crypto.randomInt(0, 1, 5));
t('none', () => crypto.randomInt());
t('range 1', () => crypto.randomInt(7, 8));
const out = [];
crypto.randomInt(10, (err, n) => out.push(`cb1 ${err} ${n >= 0 && n < 10}`));
crypto.randomInt(5, 6, (err, n) => out.push(`cb2 ${err} ${n}`));
out.push('sync');
process.on('exit', () => console.log(out.join(' | ')));
