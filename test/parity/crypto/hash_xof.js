// SHAKE128/256: default lengths (16/32 bytes), any outputLength (0, short, long), through
// createHash and crypto.hash.
'use strict';
const crypto = require('crypto');
for (const alg of ['shake128', 'shake256', 'SHAKE-128']) {
  console.log(alg, 'default', crypto.createHash(alg).update('abc').digest('hex'));
  for (const n of [0, 1, 7, 64, 200]) {
    console.log(alg, n, crypto.createHash(alg, { outputLength: n }).update('abc').digest('hex'));
  }
}
console.log(crypto.hash('shake256', 'abc'));
console.log(crypto.hash('shake256', 'abc', { outputLength: 4 }));
console.log(crypto.hash('shake128', 'abc', { outputLength: 10, outputEncoding: 'base64' }));
