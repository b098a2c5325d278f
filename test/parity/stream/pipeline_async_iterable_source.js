// pipeline with a plain array source, a sync generator source, and an async iterable object
// source into a Writable; strings become Buffers in byte-mode sinks.
const { pipeline, Writable } = require('stream');
function sink(label) {
  const got = [];
  return new Writable({
    write(c, e, cb) { got.push(Buffer.isBuffer(c) ? 'buf:' + c : c); cb(); },
    final(cb) { console.log(label, got.join(' ')); cb(); },
  });
}
pipeline(['a', 'b'], sink('array'), (err) => {
  pipeline(function* () { yield 'g1'; yield 'g2'; }, sink('generator fn'), (err2) => {
    const obj = { async *[Symbol.asyncIterator]() { yield 'x'; yield 'y'; } };
    pipeline(obj, sink('async iterable'), (err3) => console.log('errors', err, err2, err3));
  });
});
