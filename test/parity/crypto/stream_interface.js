// Hash and Hmac are Transform streams in Node: written data is hashed and the digest is read.
'use strict';
const crypto = require('crypto');
const { Transform } = require('stream');
const h = crypto.createHash('sha256');
console.log(h instanceof Transform);
h.on('readable', () => {
  const d = h.read();
  if (d) console.log('read', d.toString('hex'));
});
h.write('hello ');
h.end('world');
