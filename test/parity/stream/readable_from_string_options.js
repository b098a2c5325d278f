// Readable.from(string/Buffer) pushes the whole value once; objectMode false with strings;
// options passed through (highWaterMark, encoding).
const { Readable } = require('stream');
(async () => {
  const a = Readable.from('hello world');
  console.log(await a.toArray(), a.readableObjectMode);
  const b = Readable.from(Buffer.from('bytes'), { objectMode: false });
  console.log((await b.toArray()).map(String), b.readableObjectMode);
  const c = Readable.from(['x', 'y'], { highWaterMark: 5, objectMode: true });
  console.log(c.readableHighWaterMark);
  const d = Readable.from([Buffer.from('6869', 'hex')], { objectMode: false, encoding: 'hex' });
  console.log(await d.toArray());
})();
