// HMAC: RFC 4231 test case 2 and others, keys as strings, Buffers, TypedArrays, ArrayBuffers,
// long keys (hashed first), every fixed-size algorithm.
'use strict';
const crypto = require('crypto');
console.log('rfc4231', crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'));
console.log('rfc4231-512', crypto.createHmac('sha512', 'Jefe').update('what do ya want for nothing?').digest('hex'));
const key = Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex');
console.log('tc1', crypto.createHmac('sha256', key).update('Hi There').digest('hex'));
console.log('Uint8Array key', crypto.createHmac('sha256', new Uint8Array(key)).update('Hi There').digest('hex'));
console.log('ArrayBuffer key', crypto.createHmac('sha256', new Uint8Array(key).buffer).update('Hi There').digest('hex'));
console.log('long key', crypto.createHmac('sha1', 'k'.repeat(200)).update('m').digest('base64'));
console.log('empty key', crypto.createHmac('md5', '').update('m').digest('hex'));
console.log('hex key via options', crypto.createHmac('sha1', 'ab', { encoding: 'hex' }).update('m').digest('hex'),
  crypto.createHmac('sha1', Buffer.from([0xab])).update('m').digest('hex'));
for (const alg of ['md5', 'sha1', 'sha224', 'sha384', 'sha512-256', 'sha3-256', 'ripemd160', 'blake2b512', 'blake2s256', 'RSA-SHA256', 'SHA-256']) {
  console.log(alg, crypto.createHmac(alg, 'key').update('The quick brown fox').digest('hex'));
}
