// update() accepts strings, Buffers, every TypedArray and DataView (their bytes), and chunks
// hash like the concatenated input.
'use strict';
const crypto = require('crypto');
const h = (x) => crypto.createHash('sha256').update(x).digest('hex');
const ab = new ArrayBuffer(16);
new Uint8Array(ab).forEach((_, i, a) => { a[i] = i * 17; });
console.log('Buffer', h(Buffer.from(ab)));
console.log('Uint8Array', h(new Uint8Array(ab)));
console.log('Uint16Array', h(new Uint16Array(ab)));
console.log('Int32Array', h(new Int32Array(ab)));
console.log('Float64Array', h(new Float64Array(ab)));
console.log('BigUint64Array', h(new BigUint64Array(ab)));
console.log('DataView', h(new DataView(ab)));
console.log('DataView window', h(new DataView(ab, 3, 5)), h(Buffer.from(ab, 3, 5)));
console.log('subarray', h(new Uint8Array(ab).subarray(2, 9)), h(Buffer.from(ab).subarray(2, 9)));
const chunks = crypto.createHash('sha256');
for (const c of ['The quick ', Buffer.from('brown fox '), new Uint8Array(Buffer.from('jumps'))]) chunks.update(c);
console.log('chunks', chunks.digest('hex') === h('The quick brown fox jumps'));
console.log('chaining', crypto.createHash('md5').update('a').update('b').digest('hex') === crypto.createHash('md5').update('ab').digest('hex'));
console.log('empty', h(''), h(Buffer.alloc(0)) === h(''));
const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'gnode');
console.log('3MB', h(big));
