// requires: node:fs, node:os, node:path
// Callback API: 5,000 fs.stat + fs.readFile calls, 64 in flight at a time. Checksum: bytes read.
'use strict';
const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-bench-fs-'));
for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(dir, 'f' + i), 'x'.repeat(i * 10));
const N = 5000;
let started = 0, done = 0, bytes = 0;
function next() {
  if (started >= N) return;
  const p = path.join(dir, 'f' + (started++ % 100));
  fs.stat(p, (err, st) => {
    if (err) throw err;
    fs.readFile(p, (err, data) => {
      if (err) throw err;
      bytes += data.length + st.size;
      if (++done === N) {
        fs.rmSync(dir, { recursive: true, force: true });
        console.log(String(bytes));
      } else next();
    });
  });
}
for (let i = 0; i < 64; i++) next();
