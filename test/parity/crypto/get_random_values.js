// getRandomValues (node:crypto and globalThis.crypto): integer typed arrays up to 65,536 bytes;
// DOMExceptions for floats, DataViews and larger arrays; ERR_INVALID_THIS on another receiver.
'use strict';
const crypto = require('crypto');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r.constructor.name, r.length);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const C of [Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, BigInt64Array, BigUint64Array, Uint8ClampedArray]) {
  t(C.name, () => globalThis.crypto.getRandomValues(new C(8)));
}
t('node:crypto', () => crypto.getRandomValues(new Uint8Array(4)));
t('65536', () => globalThis.crypto.getRandomValues(new Uint8Array(65536)));
t('65537', () => globalThis.crypto.getRandomValues(new Uint8Array(65537)));
t('Uint32 16385', () => globalThis.crypto.getRandomValues(new Uint32Array(16385)));
t('Float32Array', () => globalThis.crypto.getRandomValues(new Float32Array(2)));
t('Float64Array', () => crypto.getRandomValues(new Float64Array(2)));
t('DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
t('none', () => crypto.getRandomValues());
t('other this', () => globalThis.crypto.getRandomValues.call({}, new Uint8Array(2)));
const a = new Uint8Array(32);
console.log('same array', globalThis.crypto.getRandomValues(a) === a, a.some((x) => x !== 0));
