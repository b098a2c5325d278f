// A web ReadableStream piped into node streams with Readable.fromWeb(...).pipe(), and a node
// Readable piped into a WritableStream with pipeTo(Writable... toWeb) — data and end in order.
const { Readable, Writable, PassThrough } = require('stream');
const log = [];
const pt = new PassThrough();
Readable.fromWeb(ReadableStream.from(['x', 'y', 'z'].map((s) => new TextEncoder().encode(s)))).pipe(pt);
pt.on('data', (c) => log.push(`pt data ${c}`));
pt.on('end', () => {
  log.push('pt end');
  const sink = new Writable({ write(c, e, cb) { log.push(`sink ${c}`); cb(); } });
  Readable.toWeb(Readable.from([Buffer.from('1'), Buffer.from('2')])).pipeTo(Writable.toWeb(sink)).then(() => {
    log.push('pipeTo done');
    console.log(log.join('\n'));
  });
});
