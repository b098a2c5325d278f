// WriteStream options: flush (fsync before close), emitClose false (no 'close' event but the
// fd is closed), autoClose false (fd stays open until close()), 'wx' on an existing file.
const fs = require('fs');
const { file } = require('./_tmp');
const log = [];
const a = fs.createWriteStream(file('flush.txt'), { flush: true });
a.on('close', () => {
  log.push('flush close ' + fs.readFileSync(file('flush.txt'), 'utf8'));
  const b = fs.createWriteStream(file('noclose.txt'), { emitClose: false });
  b.on('close', () => log.push('b close?!'));
  b.end('b', () => {
    setTimeout(() => {
      log.push('emitClose false: closed ' + b.closed + ' destroyed ' + b.destroyed + ' fd ' + b.fd);
      const c = fs.createWriteStream(file('keep.txt'), { autoClose: false });
      c.end('c', () => {
        setImmediate(() => {
          log.push('autoClose false: fd open ' + (typeof c.fd === 'number') + ' destroyed ' + c.destroyed);
          c.close(() => {
            log.push('after close() fd ' + c.fd);
            const d = fs.createWriteStream(file('keep.txt'), { flags: 'wx' });
            d.on('error', (e) => log.push('wx error ' + e.code));
            d.on('close', () => { log.push('wx close'); console.log(log.join('\n')); });
          });
        });
      });
    }, 5);
  });
});
a.end('data');
