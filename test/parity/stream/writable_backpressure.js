// write() returns false at highWaterMark, 'drain' once the buffer empties, callback order.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    log.push('_write ' + chunk + ' ' + enc);
    setImmediate(cb);
  },
});
w.on('drain', () => log.push('drain needDrain=' + w.writableNeedDrain + ' len=' + w.writableLength));
w.on('finish', () => log.push('finish'));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
log.push('w1 ' + w.write('ab', () => log.push('cb1')));
log.push('w2 ' + w.write('cd', () => log.push('cb2')));
log.push('w3 ' + w.write('ef', () => log.push('cb3')) + ' needDrain=' + w.writableNeedDrain + ' len=' + w.writableLength);
log.push('w4 ' + w.write('g', () => log.push('cb4')));
w.once('drain', () => {
  w.end('h', () => log.push('end cb'));
  log.push('ended ' + w.writableEnded + ' finished ' + w.writableFinished);
});
