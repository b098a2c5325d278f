// crypto.getHashes(): the list, and every name on it hashes.
'use strict';
const crypto = require('crypto');
const list = crypto.getHashes();
console.log(list.length, JSON.stringify(list));
let ok = 0;
for (const n of list) {
  crypto.createHash(n).update('x').digest();
  ok++;
}
console.log('all hash', ok === list.length, Array.isArray(crypto.getHashes()), crypto.getHashes() !== crypto.getHashes());
