// Writable with _construct: writes buffer until constructed, destroy() while constructing
// waits and then calls _destroy, construct errors reach pending write callbacks.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  construct(cb) { log.push('construct'); setImmediate(() => cb(new Error('no connection'))); },
  write(c, e, cb) { log.push('write?!'); cb(); },
  destroy(err, cb) { log.push('_destroy ' + (err && err.message)); cb(err); },
});
w.write('a', (err) => log.push('write cb ' + (err && err.message)));
w.on('error', (e) => log.push('error ' + e.message));
w.on('close', () => { log.push('close'); console.log(log.join('\n')); });
