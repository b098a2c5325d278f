// timingSafeEqual compares the bytes a view covers (offsets and lengths respected), not its
// whole buffer.
'use strict';
const crypto = require('crypto');
const ab = new ArrayBuffer(16);
const u8 = new Uint8Array(ab);
u8.set([1, 2, 3, 4, 1, 2, 3, 4, 9, 9, 9, 9, 1, 2, 3, 4]);
console.log(crypto.timingSafeEqual(new Uint8Array(ab, 0, 4), new Uint8Array(ab, 4, 4)));
console.log(crypto.timingSafeEqual(new Uint8Array(ab, 0, 4), new Uint8Array(ab, 8, 4)));
console.log(crypto.timingSafeEqual(Buffer.from(ab, 12, 4), new DataView(ab, 0, 4)));
console.log(crypto.timingSafeEqual(new Uint32Array(ab, 0, 1), new Uint32Array(ab, 12, 1)));
console.log(crypto.timingSafeEqual(new Uint16Array(ab, 2, 3), new Uint8Array(ab, 2, 6)));
try {
  crypto.timingSafeEqual(new Uint16Array(ab, 0, 2), new Uint8Array(ab, 0, 2));
} catch (e) {
  console.log(e.code, e.message);
}
