// requires: node:stream
// stream.pipeline: a Readable producing 512 MB in 64 KB chunks -> a pass-through Transform ->
// a Writable that counts: the stream machinery alone, no I/O (informational; the target is
// pipeline-512mb.cmd, a file copy).
// Checksum: bytes and chunks seen.
'use strict';
const { Readable, Transform, Writable, pipeline } = require('node:stream');
const CHUNK = 64 * 1024, TOTAL = 512 * 1024 * 1024;
const chunk = new Uint8Array(CHUNK).fill(97);
let produced = 0;
const src = new Readable({
  read() {
    if (produced >= TOTAL) { this.push(null); return; }
    produced += CHUNK;
    this.push(chunk);
  },
});
const pass = new Transform({ transform(c, enc, cb) { cb(null, c); } });
let bytes = 0, chunks = 0;
const sink = new Writable({ write(c, enc, cb) { bytes += c.length; chunks++; cb(); } });
pipeline(src, pass, sink, (err) => {
  if (err) throw err;
  console.log(bytes + ' ' + chunks);
});
