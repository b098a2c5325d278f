// destroy(err) order: _destroy callback, 'error', 'close'; destroy() twice; errored/closed.
const { Readable } = require('stream');
const log = [];
const r = new Readable({
  read() {},
  destroy(err, cb) {
    log.push('_destroy ' + (err && err.message));
    setTimeout(() => { log.push('_destroy cb'); cb(err); }, 1);
  },
});
r.on('error', (e) => log.push('error ' + e.message));
r.on('close', () => {
  log.push('close');
  log.push('errored ' + (r.errored && r.errored.message) + ' closed ' + r.closed + ' destroyed ' + r.destroyed);
  console.log(log.join('\n'));
});
r.on('end', () => log.push('end'));
r.destroy(new Error('boom'), (err) => log.push('destroy cb ' + (err && err.message)));
r.destroy(new Error('second'));
log.push('after destroy destroyed=' + r.destroyed + ' closed=' + r.closed);
process.nextTick(() => log.push('tick'));
