// requires: node:zlib
// gzipSync of 64 MB of compressible text, then gunzipSync (the "gzip 64 MB <= 1.2x node"
// target). The input is one 1 MiB block of log lines repeated with Buffer.prototype.fill: the
// repeat period is far beyond deflate's 32 KiB window, so it compresses like 64 MB of distinct
// lines, and building it costs little on either runtime (the timed work is zlib's).
// Compressed sizes differ between deflate implementations, so the checksum is
// implementation-independent: the round-tripped length, whether it equals the input, and
// whether the output starts with the gzip magic.
'use strict';
const zlib = require('node:zlib');
const line = Buffer.from('2026-01-01T00:00:00Z INFO request id=12345 path=/api/v1/items status=200 took=3ms\n');
const block = Buffer.alloc(1 << 20);
for (let o = 0, i = 0; o < block.length; o += line.length, i++) {
  line.copy(block, o);
  if (o + 40 < block.length) block.write(String(i % 100000).padStart(5, '0'), o + 35, 'latin1');
}
const input = Buffer.allocUnsafe(64 * 1024 * 1024).fill(block);
const gz = zlib.gzipSync(input);
const back = zlib.gunzipSync(gz);
console.log(back.length + ' ' + back.equals(input) + ' ' + (gz[0] === 0x1f && gz[1] === 0x8b) + ' ' + (gz.length < input.length / 4));
