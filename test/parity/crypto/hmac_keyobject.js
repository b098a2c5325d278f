// crypto.createHmac with a secret KeyObject (what jsonwebtoken's jws does): the same digests as
// with the key's bytes, across algorithms and encodings.
'use strict';
const crypto = require('crypto');
const raw = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
const key = crypto.createSecretKey(raw);
for (const alg of ['sha1', 'sha256', 'sha384', 'sha512']) {
  const a = crypto.createHmac(alg, key).update('payload').digest('hex');
  const b = crypto.createHmac(alg, raw).update('payload').digest('hex');
  console.log(alg, a === b, a.slice(0, 16));
}
const fromString = crypto.createSecretKey('secret', 'utf8');
console.log(crypto.createHmac('sha256', fromString).update('x').digest('base64url'));
console.log(crypto.createHmac('sha256', crypto.createSecretKey('c2VjcmV0', 'base64')).update('x').digest('base64url'));
const h = crypto.createHmac('sha256', key);
h.write('stream ');
h.end('data');
console.log(h.read().toString('hex').slice(0, 16));
for (const bad of [{}, null, 42, { type: 'secret' }]) {
  try {
    crypto.createHmac('sha256', bad);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
