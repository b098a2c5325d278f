// crypto.getHashes(): every name it lists that gnode supports hashes; the list minus SM3 (which
// gnode lacks) is printed.
'use strict';
const crypto = require('crypto');
const list = crypto.getHashes().filter((n) => !/sm3/i.test(n));
console.log(list.length, JSON.stringify(list));
let ok = 0;
for (const n of list) {
  crypto.createHash(n).update('x').digest();
  ok++;
}
console.log('all hash', ok === list.length, Array.isArray(crypto.getHashes()), crypto.getHashes() !== crypto.getHashes());
