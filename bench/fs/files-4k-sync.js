// requires: node:fs, node:os, node:path
// Issue #7's target: writeFileSync then readFileSync of 5,000 files of 4 KB each, in a fresh temp
// dir. Checksum: bytes read and the sum of one byte per file.
'use strict';
const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-bench-4k-'));
const N = 5000;
const body = Buffer.alloc(4096, 'abcdefghijklmnopqrstuvwxyz0123456789\n');
const names = [];
for (let i = 0; i < N; i++) names.push(path.join(dir, 'f' + i + '.dat'));
let bytes = 0, sum = 0;
try {
  for (let i = 0; i < N; i++) {
    body[0] = i & 0xff;
    fs.writeFileSync(names[i], body);
  }
  for (let i = 0; i < N; i++) {
    const b = fs.readFileSync(names[i]);
    bytes += b.length;
    sum += b[0];
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(bytes + ' ' + sum);
