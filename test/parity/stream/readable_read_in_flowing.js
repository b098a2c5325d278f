// Mixing read() with flowing mode: read() while flowing emits 'data' for the returned chunk;
// resume() after 'readable' listener removal; data events carry whole chunks when flowing.
const { Readable } = require('stream');
const log = [];
const r = new Readable({ read() {} });
r.on('data', (d) => log.push('data ' + d));
r.push('a'); r.push('b');
log.push('read() -> ' + r.read());
setImmediate(() => {
  r.push('c');
  r.push(null);
  r.on('end', () => { log.push('end'); console.log(log.join('\n')); });
});
