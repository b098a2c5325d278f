// a zlib error thrown by a sync form: inspect output and own properties
'use strict';
const zlib = require('zlib');
try {
  zlib.inflateSync(Buffer.from('not zlib data'));
} catch (e) {
  console.log(Object.getOwnPropertyNames(e).sort());
  console.log(e.errno, e.code, e.message, e instanceof Error, e.constructor === Error);
}
