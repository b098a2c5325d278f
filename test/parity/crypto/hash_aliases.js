// Algorithm names are case-insensitive and OpenSSL's aliases (RSA-*, *WithRSAEncryption, SHA-256,
// SHA2-256, OIDs) resolve to the same digest; unknown names fail.
'use strict';
const crypto = require('crypto');
const names = ['SHA256', 'sha-256', 'SHA2-256', 'RSA-SHA256', 'sha256WithRSAEncryption',
  '2.16.840.1.101.3.4.2.1', 'Sha1', 'RSA-SHA1-2', 'ssl3-sha1', 'ssl3-md5', 'RSA-MD5', 'ripemd',
  'rmd160', 'RIPEMD-160', 'SHA-512/224', 'sha2-512/256', 'RSA-SHA3-256',
  'id-rsassa-pkcs1-v1_5-with-sha3-512', 'BLAKE2B512', 'RSA-SM3', 'SM3', 'shake-128', 'sha512/256', 'blake2b',
  'sha3_256', 'keccak-256', 'id-sha256'];
for (const n of names) {
  try {
    console.log(n, crypto.createHash(n).update('x').digest('hex'));
  } catch (e) {
    console.log(n, 'throws', e.name, e.code, e.message);
  }
}
