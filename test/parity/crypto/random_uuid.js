// randomUUID: RFC 4122 version-4 format, uniqueness, options checks; webcrypto's randomUUID.
'use strict';
const crypto = require('crypto');
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const set = new Set();
let ok = true;
for (let i = 0; i < 500; i++) {
  const u = crypto.randomUUID();
  ok = ok && re.test(u);
  set.add(u);
}
console.log('format', ok, 'unique', set.size);
console.log('disableEntropyCache', re.test(crypto.randomUUID({ disableEntropyCache: true })));
console.log('webcrypto', re.test(globalThis.crypto.randomUUID()), re.test(crypto.webcrypto.randomUUID()));
for (const bad of [5, { disableEntropyCache: 1 }, null]) {
  try {
    crypto.randomUUID(bad);
    console.log('no throw', bad);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
