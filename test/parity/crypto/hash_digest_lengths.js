// Output size of every supported digest in bytes, and of the HMAC over it.
'use strict';
const crypto = require('crypto');
for (const alg of crypto.getHashes()) {
  const n = crypto.createHash(alg).digest().length;
  let m;
  try {
    m = crypto.createHmac(alg, 'k').digest().length;
  } catch (e) {
    m = e.message;
  }
  console.log(alg, n, m);
}
