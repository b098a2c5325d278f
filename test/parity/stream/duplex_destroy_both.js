// Destroying a Duplex destroys both sides: pending writes fail, readable ends without 'end',
// 'close' once; writableAborted/readableAborted.
const { Duplex } = require('stream');
const log = [];
const d = new Duplex({ read() {}, write(c, e, cb) { setImmediate(cb); } });
d.write('a', (err) => log.push('write a ' + (err && err.code)));
d.write('b', (err) => log.push('write b ' + (err && err.code)));
d.push('x');
d.on('end', () => log.push('end?!'));
d.on('close', () => {
  log.push('close readableAborted=' + d.readableAborted + ' writableAborted=' + d.writableAborted + ' destroyed=' + d.destroyed);
  setImmediate(() => console.log(log.join('\n')));
});
d.destroy();
