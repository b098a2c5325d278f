// requires: node:stream, node:fs, node:os, node:path
// fs.createReadStream -> fs.createWriteStream through stream/promises.pipeline, 128 MB.
// Checksum: size of the copy.
'use strict';
const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
const { pipeline } = require('node:stream/promises');
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-bench-stream-'));
  try {
    const src = path.join(dir, 'src.bin'), dst = path.join(dir, 'dst.bin');
    const fd = fs.openSync(src, 'w');
    const block = new Uint8Array(1 << 20).fill(120);
    for (let i = 0; i < 128; i++) fs.writeSync(fd, block);
    fs.closeSync(fd);
    await pipeline(fs.createReadStream(src), fs.createWriteStream(dst));
    console.log(String(fs.statSync(dst).size));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
