// requires: node:fs, node:os, node:path
// writeFileSync / readFileSync / statSync / readdirSync / unlinkSync on 2,000 small files in a
// fresh temp dir. Checksum: bytes read and entries seen.
'use strict';
const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-bench-fs-'));
let bytes = 0, entries = 0;
try {
  for (let r = 0; r < 3; r++) {
    for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(dir, 'f' + i + '.txt'), 'file ' + i + ' round ' + r + '\n');
    for (const name of fs.readdirSync(dir)) {
      const p = path.join(dir, name);
      bytes += fs.readFileSync(p, 'utf8').length + fs.statSync(p).size;
      entries++;
    }
    for (let i = 0; i < 2000; i++) fs.unlinkSync(path.join(dir, 'f' + i + '.txt'));
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(bytes + ' ' + entries);
