// requires: stream/web, node:stream
// 20,000 Buffers of 4 KB: Readable.toWeb -> TextDecoderStream-free pipeTo(Writable.toWeb).
// Checksum: bytes written.
'use strict';
const { Readable, Writable } = require('node:stream');
(async () => {
  let n = 0;
  const src = new Readable({ read() { this.push(n++ === 20000 ? null : Buffer.alloc(4096, 1)); } });
  let bytes = 0;
  const sink = new Writable({ write(c, e, cb) { bytes += c.length; cb(); } });
  await Readable.toWeb(src).pipeTo(Writable.toWeb(sink));
  console.log(String(bytes));
})();
