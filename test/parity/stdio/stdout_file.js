// When stdout is a file it is a SyncWriteStream ('fs'): a child process writes to a file we read.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdio-'));
const file = path.join(dir, 'out.txt');

const code = `
  const s = process.stdout;
  console.log(s.constructor.name, s._type, s.fd, s.isTTY, typeof s._handle, s.writableHighWaterMark, s.destroySoon === s.destroy);
  s.write('written\\n', () => process.stderr.write('cb\\n'));
  s.end('end\\n');
  s.on('finish', () => process.stderr.write('finish\\n'));
`;
const r = spawnSync('/bin/sh', ['-c', '"$0" -e "$1" > "$2"', process.execPath, code, file], { stdio: ['ignore', 'pipe', 'pipe'] });
console.log('status', r.status, 'stderr', JSON.stringify(String(r.stderr)));
console.log(fs.readFileSync(file, 'utf8'));
fs.rmSync(dir, { recursive: true });
