// requires: node:zlib
// gzipSync of 64 MB of compressible text, then gunzipSync (the "gzip 64 MB <= 1.2x node"
// target). Compressed sizes differ between deflate implementations, so the checksum is
// implementation-independent: the round-tripped length, whether it equals the input, and
// whether the output starts with the gzip magic.
'use strict';
const zlib = require('node:zlib');
const line = Buffer.from('2026-01-01T00:00:00Z INFO request id=12345 path=/api/v1/items status=200 took=3ms\n');
const input = Buffer.alloc(64 * 1024 * 1024);
for (let o = 0, i = 0; o < input.length; o += line.length, i++) {
  line.copy(input, o);
  if (o + 40 < input.length) input.write(String(i % 100000).padStart(5, '0'), o + 35, 'latin1');
}
const gz = zlib.gzipSync(input);
const back = zlib.gunzipSync(gz);
console.log(back.length + ' ' + back.equals(input) + ' ' + (gz[0] === 0x1f && gz[1] === 0x8b) + ' ' + (gz.length < input.length / 4));
