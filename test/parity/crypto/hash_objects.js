// Shape of Hash/Hmac objects: constructors, own keys, chaining, the deprecated constructors
// (DEP0179, DEP0181) and function lengths.
'use strict';
const crypto = require('crypto');
const h = crypto.createHash('sha1');
console.log(Object.keys(h), Object.getPrototypeOf(h).constructor.name, h.update('x') === h);
console.log(Object.keys(crypto.createHmac('sha1', 'k')));
console.log(typeof crypto.Hash, typeof crypto.Hmac, crypto.Hash.name, crypto.Hash.length, crypto.Hmac.length);
console.log(crypto.Hash('sha1').update('a').digest('hex'));
console.log(new crypto.Hmac('sha1', 'k').update('a').digest('hex'));
console.log(crypto.createHash('md5') instanceof crypto.Hash, crypto.createHmac('md5', 'k') instanceof crypto.Hmac);
console.log([crypto.createHash.length, crypto.createHmac.length, crypto.hash.length, crypto.randomBytes.length,
  crypto.randomInt.length, crypto.timingSafeEqual.length, crypto.randomFill.length,
  crypto.randomFillSync.length, crypto.randomUUID.length, crypto.getHashes.length]);
console.log(crypto.createHash('sha1', { outputLength: undefined })._options);
