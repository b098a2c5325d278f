// requires: node:stream, node:fs, node:os, node:path
// Issue #7's target: copying a 512 MB file (argv[2], made by the bench harness) with
// stream.pipeline from fs.createReadStream to fs.createWriteStream. Checksum: the copy's size.
'use strict';
const fs = require('node:fs'), os = require('node:os'), path = require('node:path');
const { pipeline } = require('node:stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-bench-copy-'));
const dst = path.join(dir, 'dst.bin');
pipeline(fs.createReadStream(process.argv[2]), fs.createWriteStream(dst), (err) => {
  try {
    if (err) throw err;
    console.log(String(fs.statSync(dst).size));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
