// _writev callbacks: every buffered write callback runs after the writev callback, in order;
// an error from writev goes to each of them and to 'error'.
const { Writable } = require('stream');
const log = [];
const w = new Writable({
  write(c, e, cb) { log.push('_write ' + c); setImmediate(cb); },
  writev(chunks, cb) { log.push('_writev ' + chunks.map((x) => String(x.chunk)).join('')); setImmediate(() => cb(this.fail ? new Error('writev failed') : null)); },
});
w.write('a', () => log.push('cb a'));
w.write('b', () => log.push('cb b'));
w.write('c', () => log.push('cb c'));
// The second round starts once the first has completed (a timer racing the writes' immediates
// lost on a loaded machine); the log prints at exit.
w.write('d', () => { log.push('cb d'); setTimeout(second, 1); });
process.on('exit', () => console.log(log.join('\n')));
function second() {
  w.fail = true;
  w.on('error', (e) => log.push('error ' + e.message));
  w.cork();
  w.write('e', (err) => log.push('cb e ' + (err && err.message)));
  w.write('f', (err) => log.push('cb f ' + (err && err.message)));
  w.uncork();
}
