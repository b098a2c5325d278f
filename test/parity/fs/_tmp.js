// Helper for the fs cases: a temp dir removed at exit.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gnode-parity-fs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
module.exports = { dir, file: (name) => path.join(dir, name) };
