// finished() on duplexes: waits for both sides by default; readable:false / writable:false
// options; a half-open duplex that ended reading but is still writable.
const { Duplex, finished } = require('stream');
const log = [];
function make() {
  return new Duplex({ read() {}, write(c, e, cb) { cb(); } });
}
const d1 = make();
finished(d1, (err) => log.push('both done ' + err));
d1.push(null); d1.resume();
setImmediate(() => { log.push('d1 readable ended ' + d1.readableEnded); d1.end(); });
const d2 = make();
finished(d2, { writable: false }, (err) => log.push('readable-side done ' + err));
d2.push(null); d2.resume();
const d3 = make();
finished(d3, { readable: false }, (err) => log.push('writable-side done ' + err));
d3.end('x');
setTimeout(() => console.log(log.join('\n')), 20);
