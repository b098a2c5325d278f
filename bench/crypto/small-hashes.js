// requires: node:crypto
// 200,000 one-shot hashes of short strings (md5, sha1, sha256) and 20,000 HMACs.
// Checksum: a hash over the digests.
'use strict';
const crypto = require('node:crypto');
const all = crypto.createHash('sha256');
for (let i = 0; i < 200000; i++) {
  const alg = i % 3 === 0 ? 'md5' : i % 3 === 1 ? 'sha1' : 'sha256';
  all.update(crypto.createHash(alg).update('message ' + i).digest('hex'));
}
for (let i = 0; i < 20000; i++) all.update(crypto.createHmac('sha256', 'key' + (i % 10)).update('m' + i).digest());
console.log(all.digest('hex'));
