// require('crypto') and require('node:crypto') are one object; the implemented API is present
// with the right types.
'use strict';
const a = require('crypto');
const b = require('node:crypto');
console.log(a === b);
for (const name of ['createHash', 'createHmac', 'hash', 'getHashes', 'randomBytes', 'randomFill', 'randomFillSync',
  'randomInt', 'randomUUID', 'timingSafeEqual', 'getRandomValues', 'Hash', 'Hmac']) {
  console.log(name, typeof a[name]);
}
console.log('constants', typeof a.constants, 'webcrypto', typeof a.webcrypto, 'subtle', typeof a.subtle);
const d = Object.getOwnPropertyDescriptor(a, 'webcrypto');
console.log(typeof d.get, d.enumerable, d.configurable);
