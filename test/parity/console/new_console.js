// new console.Console(stdout, stderr) writes to the given streams.
const out = [];
const err = [];
const EventEmitter = require('events');
// Console needs a write method and EventEmitter methods (it adds and removes 'error' listeners).
const so = Object.assign(new EventEmitter(), { write(s) { out.push(s); return true; } });
const se = Object.assign(new EventEmitter(), { write(s) { err.push(s); return true; } });
const c = new console.Console(so, se);
c.log('to out %s', 'fmt');
c.error('to err');
c.warn({ w: 1 });
c.table([{ a: 1 }]);
c.group('g');
c.info('indented');
c.groupEnd();
console.log('out:', out);
console.log('err:', err);
const c2 = new console.Console({ stdout: so, inspectOptions: { depth: 0 } });
c2.log({ a: { b: 1 } });
console.log('last out:', JSON.stringify(out[out.length - 1]));
console.log('Console is console.Console', console.Console === require('console').Console);
try {
  new console.Console();
} catch (e) {
  console.log(e.code, e.message);
}
