// timingSafeEqual: equal / unequal inputs of every view type, ArrayBuffers, length mismatch
// RangeError, type errors.
'use strict';
const crypto = require('crypto');
function t(label, f) {
  try {
    console.log(label, 'ok', f());
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('equal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
t('unequal', () => crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')));
t('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)));
t('mixed views', () => crypto.timingSafeEqual(new Uint16Array([0x6261]), Buffer.from('ab')));
t('ArrayBuffer', () => crypto.timingSafeEqual(new ArrayBuffer(2), Buffer.alloc(2)));
t('DataView', () => crypto.timingSafeEqual(new DataView(new ArrayBuffer(4)), new Uint32Array(1)));
t('length', () => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)));
t('strings', () => crypto.timingSafeEqual('a', 'b'));
t('second string', () => crypto.timingSafeEqual(Buffer.alloc(2), 'b'));
t('undefined', () => crypto.timingSafeEqual());
const e = (() => { try { crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)); } catch (err) { return err; } })();
console.log(Object.keys(e), e instanceof RangeError);
