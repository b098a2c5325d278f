// hash.copy(): the copy continues from the state at the time of copying, independently; copies
// of XOFs take their own outputLength.
'use strict';
const crypto = require('crypto');
for (const alg of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'ripemd160', 'blake2b512', 'blake2s256', 'shake256']) {
  const h = crypto.createHash(alg).update('ab');
  const c = h.copy();
  h.update('X');
  c.update('c');
  const c2 = c.copy();
  console.log(alg, c.digest('hex') === crypto.createHash(alg).update('abc').digest('hex'),
    h.digest('hex') === crypto.createHash(alg).update('abX').digest('hex'),
    c2.update('d').digest('hex') === crypto.createHash(alg).update('abcd').digest('hex'));
}
const x = crypto.createHash('shake128').update('xof');
console.log(x.copy({ outputLength: 5 }).digest('hex'), x.copy({ outputLength: 40 }).digest('hex'), x.digest('hex'));
