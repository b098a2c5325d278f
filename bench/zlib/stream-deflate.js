// requires: node:zlib, node:stream
// Streaming: 32 MB through createGzip -> createGunzip in 64 KB chunks, plus 20,000 small
// deflateSync/inflateSync round trips. Checksum: bytes out and round trips that matched.
'use strict';
const zlib = require('node:zlib');
const { Readable, Writable, pipeline } = require('node:stream');
const chunk = Buffer.from('abcdefghij'.repeat(6553) + 'klmnop');
let sent = 0;
const src = new Readable({ read() { if (sent >= 512) this.push(null); else { sent++; this.push(chunk); } } });
let bytes = 0;
const sink = new Writable({ write(c, e, cb) { bytes += c.length; cb(); } });
let ok = 0;
for (let i = 0; i < 20000; i++) {
  const s = Buffer.from('small message number ' + i);
  if (zlib.inflateSync(zlib.deflateSync(s)).equals(s)) ok++;
}
pipeline(src, zlib.createGzip(), zlib.createGunzip(), sink, (err) => {
  if (err) throw err;
  console.log(bytes + ' ' + ok);
});
