// the events of a gzip stream and a gunzip stream, first occurrence of each in order
'use strict';
const zlib = require('zlib');
function watch(name, s) {
  const seen = [];
  for (const ev of ['data', 'end', 'finish', 'close', 'error', 'prefinish']) {
    s.on(ev, () => { if (!seen.includes(ev)) seen.push(ev); });
  }
  return seen;
}
const gz = zlib.createGzip();
const a = watch('gzip', gz);
const chunks = [];
gz.on('data', (c) => chunks.push(c));
gz.on('close', () => {
  console.log('gzip', a.join(' '), gz.bytesWritten, gz._closed);
  const gun = zlib.createGunzip();
  const b = watch('gunzip', gun);
  let out = '';
  gun.on('data', (c) => out += c);
  gun.on('close', () => console.log('gunzip', b.join(' '), out, gun.bytesWritten === Buffer.concat(chunks).length));
  gun.end(Buffer.concat(chunks));
});
gz.write('hello ');
gz.end('events');
