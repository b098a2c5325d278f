// fs.createReadStream: 'open', 'ready', 'data', 'end', 'close' order; bytesRead, pending, path;
// highWaterMark chunking; start/end ranges; encoding.
const fs = require('fs');
const path = require('path');
const { file } = require('./_tmp');
const f = file('data.txt');
fs.writeFileSync(f, 'abcdefghijklmnopqrstuvwxyz');
const log = [];
const rs = fs.createReadStream(f, { highWaterMark: 10 });
log.push('pending ' + rs.pending + ' fd ' + rs.fd + ' path ' + path.basename(rs.path) + ' flags ' + rs.flags + ' mode ' + rs.mode);
rs.on('open', (fd) => log.push('open ' + (typeof fd) + ' pending ' + rs.pending));
rs.on('ready', () => log.push('ready'));
rs.on('data', (c) => log.push('data ' + c + ' bytesRead ' + rs.bytesRead));
rs.on('end', () => log.push('end'));
rs.on('close', () => {
  log.push('close fd ' + rs.fd + ' destroyed ' + rs.destroyed);
  console.log(log.join('\n'));
  const parts = [];
  fs.createReadStream(f, { start: 3, end: 7, encoding: 'utf8' })
    .on('data', (d) => parts.push(d))
    .on('end', () => {
      console.log('range', JSON.stringify(parts));
      const p2 = [];
      fs.createReadStream(f, { start: 20, highWaterMark: 4 }).setEncoding('hex')
        .on('data', (d) => p2.push(d)).on('end', () => console.log('from 20', p2.join('|')));
    });
});
