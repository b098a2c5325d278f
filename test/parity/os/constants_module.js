// require('constants') (deprecated, still read by graceful-fs): every os, fs and crypto constant
// in Node's order, frozen, with the same values as the modules' own constants.
const c = require('constants');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
console.log(Object.keys(c).length, Object.isFrozen(c), Object.getPrototypeOf(c) === Object.prototype);
console.log(JSON.stringify(c));
console.log(c.O_RDONLY === fs.constants.O_RDONLY, c.SIGINT === os.constants.signals.SIGINT, c.ENOENT === os.constants.errno.ENOENT, c.RSA_PKCS1_PADDING === crypto.constants.RSA_PKCS1_PADDING);
console.log(require('node:constants') === c);
