// parity-timeout: 30s
// Digests do not depend on how the input is split: 256 KB of data fed in chunk sizes around the
// block sizes (1, 63, 64, 65, 127, 128, 1000, 65536) equals the one-shot digest, for every family.
'use strict';
const crypto = require('crypto');
const data = Buffer.alloc(1 << 18);
for (let i = 0; i < data.length; i++) data[i] = (i * 131 + (i >> 9)) & 0xff;
for (const alg of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'blake2b512', 'ripemd160', 'shake128']) {
  const whole = crypto.createHash(alg).update(data).digest('hex');
  const same = [1, 63, 64, 65, 127, 128, 1000, 65536].map((size) => {
    const h = crypto.createHash(alg);
    const end = size === 1 ? 4096 : data.length;
    for (let o = 0; o < end; o += size) h.update(data.subarray(o, Math.min(o + size, end)));
    if (end < data.length) h.update(data.subarray(end));
    return h.digest('hex') === whole;
  });
  console.log(alg, whole.slice(0, 32), same.join(','));
}
