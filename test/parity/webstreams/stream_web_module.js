// node:stream/web exports the same classes as the globals.
const web = require('stream/web');
console.log(Object.keys(web));
for (const k of Object.keys(web)) {
  if (k === 'ReadableStreamTee') continue;
  if (web[k] !== globalThis[k]) console.log('mismatch', k);
}
console.log(require('node:stream/web') === web);
