// requires: node:fs, node:os, node:path
// fs.promises: write a 64 MB file, read it back whole, copy it, read 1 MB slices through a
// FileHandle. Checksum: bytes and a sample sum.
'use strict';
const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
(async () => {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'gnode-bench-fs-'));
  try {
    const src = path.join(dir, 'big.bin'), dst = path.join(dir, 'copy.bin');
    const chunk = new Uint8Array(1 << 20);
    for (let i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;
    const h = await fs.promises.open(src, 'w');
    for (let i = 0; i < 64; i++) await h.write(chunk);
    await h.close();
    const all = await fs.promises.readFile(src);
    await fs.promises.copyFile(src, dst);
    const r = await fs.promises.open(dst, 'r');
    const buf = new Uint8Array(1 << 20);
    let sum = 0, read = 0;
    for (;;) {
      const { bytesRead } = await r.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      read += bytesRead; sum += buf[bytesRead - 1] + buf[12345];
    }
    await r.close();
    console.log(all.length + ' ' + read + ' ' + sum);
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
})();
