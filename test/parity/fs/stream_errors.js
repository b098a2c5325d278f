// fs stream errors: missing file (ENOENT through 'error' then 'close'), bad options
// (start > end, bad fd type, bad path), write after end, destroy while open.
const fs = require('fs');
const { file } = require('./_tmp');
const log = [];
const rs = fs.createReadStream(file('missing.txt'));
rs.on('error', (e) => log.push('read error ' + e.code + ' ' + e.syscall));
rs.on('close', () => {
  log.push('read close');
  for (const bad of [
    () => fs.createReadStream(file('x'), { start: 5, end: 2 }),
    () => fs.createReadStream(file('x'), { start: -1 }),
    () => fs.createReadStream(null),
    () => fs.createReadStream(file('x'), { fd: 'nope' }),
    () => fs.createWriteStream(file('x'), { flush: 'yes' }),
    () => fs.createReadStream(file('x'), { encoding: 'bogus' }),
  ]) {
    try { bad(); log.push('no throw'); } catch (e) { log.push(e.code + ': ' + e.message); }
  }
  const ws = fs.createWriteStream(file('w.txt'));
  ws.on('error', (e) => log.push('write error ' + e.code));
  ws.end('done');
  ws.write('late', (err) => log.push('late cb ' + (err && err.code)));
  ws.on('close', () => {
    const d = fs.createReadStream(__filename);
    d.on('close', () => {
      log.push('destroyed early closed, fd ' + d.fd);
      console.log(log.join('\n'));
    });
    d.destroy();
  });
});
