// A file on stdin gives an fs.ReadStream with the file's bytes, here in a child process.
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const code = `
  const s = process.stdin;
  console.log(s.constructor.name, s.fd, s.isTTY, s.readableFlowing);
  let t = '';
  s.setEncoding('utf8');
  s.on('data', (d) => t += d).on('end', () => console.log(JSON.stringify(t), s.bytesRead));
`;
const r = spawnSync('/bin/sh', ['-c', '"$0" -e "$1" < "$2"', process.execPath, code, path.join(__dirname, '_text.txt')], { stdio: ['ignore', 'pipe', 'pipe'] });
console.log(r.status, String(r.stdout), String(r.stderr));
