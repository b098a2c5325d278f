// globalThis.crypto is node:crypto's webcrypto (a Crypto) with subtle, getRandomValues and
// randomUUID on its prototype; the Crypto constructor is not public.
'use strict';
const nodeCrypto = require('crypto');
console.log(typeof crypto, crypto === nodeCrypto.webcrypto, Object.prototype.toString.call(crypto));
console.log(crypto.subtle === nodeCrypto.subtle, Object.prototype.toString.call(crypto.subtle));
console.log(Object.keys(Object.getPrototypeOf(crypto)).sort().join(','));
console.log(nodeCrypto.getRandomValues === crypto.getRandomValues, typeof crypto.getRandomValues);
const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
console.log('enumerable', d.enumerable, 'configurable', d.configurable, typeof d.get);
try {
  new (Object.getPrototypeOf(crypto).constructor)();
} catch (e) {
  console.log(e.name, e.message);
}
