// fs.createWriteStream: 'open'/'ready'/'finish'/'close' order, bytesWritten, write return
// values against highWaterMark, 'drain', flags 'a', start position, encoding option.
const fs = require('fs');
const { file } = require('./_tmp');
const f = file('out.txt');
const log = [];
const ws = fs.createWriteStream(f, { highWaterMark: 4 });
for (const ev of ['open', 'ready', 'finish', 'close', 'drain']) ws.on(ev, (x) => log.push(ev + (ev === 'open' ? ' ' + typeof x : '')));
log.push('pending ' + ws.pending + ' bytesWritten ' + ws.bytesWritten);
log.push('write1 ' + ws.write('ab'));
log.push('write2 ' + ws.write('cdef'));
ws.end('gh', () => log.push('end cb bytesWritten ' + ws.bytesWritten));
ws.on('close', () => {
  log.push('content ' + fs.readFileSync(f, 'utf8'));
  const a = fs.createWriteStream(f, { flags: 'a' });
  a.end('++', () => {
    const b = fs.createWriteStream(f, { flags: 'r+', start: 2 });
    b.end(Buffer.from('XY'), () => {
      const c = fs.createWriteStream(file('hex.txt'), { encoding: 'hex' });
      c.end('414243', () => {
        setImmediate(() => {
          log.push('after append+start ' + fs.readFileSync(f, 'utf8') + ' hex ' + fs.readFileSync(file('hex.txt'), 'utf8'));
          console.log(log.join('\n'));
        });
      });
    });
  });
});
