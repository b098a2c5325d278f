// Where fs callbacks run in the event loop: after the current tick's nextTicks and promises,
// and never synchronously, even for errors found before any I/O.
const fs = require('fs');
const { file } = require('./_tmp');
const log = [];
fs.writeFileSync(file('x'), 'x');
fs.stat(file('x'), () => {
  log.push('stat cb');
  process.nextTick(() => log.push('tick in cb'));
  Promise.resolve().then(() => log.push('promise in cb'));
  setImmediate(() => {
    log.push('immediate after cb');
    fs.readFile(file('nope'), (e) => {
      log.push('readFile error cb ' + e.code);
      fs.close(999999, (e) => {
        log.push('close EBADF ' + e.code);
        console.log(log.join('\n'));
      });
    });
    log.push('after readFile call');
  });
});
process.nextTick(() => log.push('tick'));
Promise.resolve().then(() => log.push('promise'));
log.push('sync end');
