// HMAC over chunked input equals HMAC over the whole; string updates in several encodings;
// keys longer than the block size are hashed first (so the key and its digest give the same MAC).
'use strict';
const crypto = require('crypto');
const msg = 'The quick brown fox jumps over the lazy dog. '.repeat(100);
for (const alg of ['md5', 'sha1', 'sha256', 'sha384', 'sha512', 'sha3-512', 'blake2s256']) {
  const whole = crypto.createHmac(alg, 'secret').update(msg).digest('hex');
  const h = crypto.createHmac(alg, 'secret');
  for (let i = 0; i < msg.length; i += 37) h.update(msg.slice(i, i + 37));
  console.log(alg, whole.slice(0, 24), h.digest('hex') === whole);
}
const longKey = Buffer.alloc(200, 7);
console.log('long key', crypto.createHmac('sha256', longKey).update('m').digest('hex') ===
  crypto.createHmac('sha256', crypto.createHash('sha256').update(longKey).digest()).update('m').digest('hex'));
console.log('hex update', crypto.createHmac('sha1', 'k').update('6869', 'hex').digest('hex') ===
  crypto.createHmac('sha1', 'k').update('hi').digest('hex'));
console.log('base64 update', crypto.createHmac('sha1', 'k').update('aGk=', 'base64').digest('base64'));
