// randomFillSync / randomFill: offsets and sizes in elements of the view, ArrayBuffers, DataViews,
// untouched bytes outside the range, and every range error.
'use strict';
const crypto = require('crypto');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r && r.constructor.name);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(64);
crypto.randomFillSync(b, 8, 16);
console.log('outside untouched', b.subarray(0, 8).every((x) => x === 0), b.subarray(24).every((x) => x === 0),
  'inside filled', b.subarray(8, 24).some((x) => x !== 0));
const u32 = new Uint32Array(16);
crypto.randomFillSync(u32, 4, 4);
console.log('Uint32 elems', u32.subarray(0, 4).every((x) => x === 0), u32.subarray(8).every((x) => x === 0),
  u32.subarray(4, 8).some((x) => x !== 0));
t('returns same', () => { const x = new Uint8Array(4); return crypto.randomFillSync(x) === x ? x : null; });
t('ArrayBuffer', () => crypto.randomFillSync(new ArrayBuffer(8)));
t('DataView', () => crypto.randomFillSync(new DataView(new ArrayBuffer(8)), 2));
t('Float64Array', () => crypto.randomFillSync(new Float64Array(2), 1));
t('number', () => crypto.randomFillSync(5));
t('offset > len', () => crypto.randomFillSync(Buffer.alloc(4), 5));
t('size+offset', () => crypto.randomFillSync(Buffer.alloc(4), 1, 5));
t('offset -1', () => crypto.randomFillSync(Buffer.alloc(4), -1));
t('offset string', () => crypto.randomFillSync(Buffer.alloc(4), 'a'));
t('size -1', () => crypto.randomFillSync(Buffer.alloc(4), 0, -1));
t('Uint32 offset elems', () => crypto.randomFillSync(new Uint32Array(2), 3));
t('Uint32 size elems', () => crypto.randomFillSync(new Uint32Array(2), 1, 2));
t('async no callback', () => crypto.randomFill(Buffer.alloc(4)));
t('async bad offset', () => crypto.randomFill(Buffer.alloc(4), 5, () => {}));
t('async bad size', () => crypto.randomFill(Buffer.alloc(4), 1, 9, () => {}));
const results = [];
const target = new Uint16Array(8);
crypto.randomFill(target, 2, 3, (err, buf) => {
  results.push(`3-arg ${err} ${buf === target} ${target[0] === 0 && target[1] === 0 && target[5] === 0}`);
});
crypto.randomFill(Buffer.alloc(4), (err, buf) => results.push(`1-arg ${err} ${buf.length}`));
crypto.randomFill(Buffer.alloc(8), 4, (err, buf) => results.push(`2-arg ${err} ${buf.subarray(0, 4).every((x) => x === 0)}`));
process.on('exit', () => console.log(results.sort().join('\n')));
