// Streams over an existing fd (no 'open' event), autoClose false keeps the fd open,
// close(cb), FileHandle.createReadStream/createWriteStream, and the fs option.
const fs = require('fs');
const { file } = require('./_tmp');
const f = file('fd.txt');
fs.writeFileSync(f, 'hello fd world');
const fd = fs.openSync(f, 'r');
const log = [];
const rs = fs.createReadStream(null, { fd, autoClose: false, encoding: 'utf8' });
rs.on('open', () => log.push('open?'));
rs.on('data', (d) => log.push('data ' + d));
rs.on('end', () => {
  log.push('end, fd still usable: ' + fs.readSync(fd, Buffer.alloc(5), 0, 5, 0) + ' autoClose ' + rs.autoClose);
  fs.closeSync(fd);
  const ws = fs.createWriteStream(file('close.txt'));
  ws.write('x');
  ws.close((err) => {
    log.push('close cb ' + err + ' ' + fs.readFileSync(file('close.txt'), 'utf8'));
    const calls = [];
    const fakeFs = {
      open(p, flags, mode, cb) { calls.push('open ' + flags); fs.open(p, flags, mode, cb); },
      read(...a) { calls.push('read'); fs.read(...a); },
      close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
    };
    fs.createReadStream(f, { fs: fakeFs, encoding: 'utf8' }).on('data', (d) => calls.push('data ' + d)).on('close', async () => {
      log.push('custom fs ' + calls.join(', '));
      const fh = await fs.promises.open(f);
      const fromHandle = [];
      fh.createReadStream({ encoding: 'utf8', start: 6 }).on('data', (d) => fromHandle.push(d)).on('close', async () => {
        log.push('filehandle ' + fromHandle.join(''));
        const wh = await fs.promises.open(file('fh.txt'), 'w');
        const whs = wh.createWriteStream();
        whs.end('via handle', () => {
          whs.on('close', () => {
            log.push('filehandle write ' + fs.readFileSync(file('fh.txt'), 'utf8'));
            console.log(log.join('\n'));
          });
        });
      });
    });
  });
});
