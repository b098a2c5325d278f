// Many short one-shot digests and HMACs combined into one digest (the small-hashes benchmark in
// miniature): equal results each way.
'use strict';
const crypto = require('crypto');
const all = crypto.createHash('sha256');
for (let i = 0; i < 3000; i++) {
  const alg = i % 3 === 0 ? 'md5' : i % 3 === 1 ? 'sha1' : 'sha256';
  all.update(crypto.createHash(alg).update('message ' + i).digest('hex'));
}
for (let i = 0; i < 300; i++) all.update(crypto.createHmac('sha256', 'key' + (i % 10)).update('m' + i).digest());
console.log(all.digest('hex'));
