// Digests of known inputs for every fixed-size algorithm gnode supports, in hex.
'use strict';
const crypto = require('crypto');
const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'ripemd160', 'blake2b512', 'blake2s256', 'md5-sha1', 'sm3'];
for (const alg of algs) {
  for (const input of ['', 'abc', 'The quick brown fox jumps over the lazy dog']) {
    console.log(alg, JSON.stringify(input), crypto.createHash(alg).update(input).digest('hex'));
  }
}
