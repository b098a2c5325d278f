// requires: node:fs, node:os, node:path
// Issue #7's target, promise version: fs/promises writeFile then readFile of 5,000 files of
// 4 KB each, one at a time (await in a loop), in a fresh temp dir. Checksum as files-4k-sync.js.
'use strict';
const fs = require('node:fs'), fsp = require('node:fs/promises'), os = require('node:os'), path = require('node:path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-bench-4kp-'));
const N = 5000;
const body = Buffer.alloc(4096, 'abcdefghijklmnopqrstuvwxyz0123456789\n');
const names = [];
for (let i = 0; i < N; i++) names.push(path.join(dir, 'f' + i + '.dat'));
(async () => {
  let bytes = 0, sum = 0;
  try {
    for (let i = 0; i < N; i++) {
      const b = Buffer.from(body);
      b[0] = i & 0xff;
      await fsp.writeFile(names[i], b);
    }
    for (let i = 0; i < N; i++) {
      const b = await fsp.readFile(names[i]);
      bytes += b.length;
      sum += b[0];
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(bytes + ' ' + sum);
})();
