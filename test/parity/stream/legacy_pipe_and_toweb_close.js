// Legacy Stream#pipe counts 'error' listeners with EventEmitter's own method (a stream whose
// listenerCount is overridden still pipes and reports errors), and Readable.toWeb's reader
// can be cancelled from the Readable's own 'close' without an uncaught error; fromWeb(toWeb())
// can be destroyed from a 'data' listener.
const stream = require('stream');
const { Readable } = stream;

const r = new stream.Stream();
r.listenerCount = undefined;
const w = new stream.Stream();
w.listenerCount = undefined;
const seen = [];
w.on('pipe', () => {
  r.emit('error', new Error('Readable Error'));
  w.emit('error', new Error('Writable Error'));
});
r.on('error', (e) => seen.push(e.message));
w.on('error', (e) => seen.push(e.message));
r.pipe(w);
console.log('legacy pipe errors', JSON.stringify(seen));

const src = Readable.from([]);
let reader;
src.on('close', () => reader.cancel().then(() => console.log('cancel from close resolved')));
reader = Readable.toWeb(src).getReader();
reader.read().then((res) => console.log('read', JSON.stringify(res)));

const wrapper = Readable.fromWeb(Readable.toWeb(Readable.from(['data'])));
wrapper.on('data', (d) => {
  console.log('data', String(d));
  wrapper.destroy();
});
wrapper.on('close', () => console.log('wrapper closed', wrapper.destroyed));
process.on('exit', () => console.log('exit without uncaught errors'));
