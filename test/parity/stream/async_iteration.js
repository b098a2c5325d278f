// for await over a Readable: chunks, break destroys the stream, errors reject, destroyOnReturn.
const { Readable } = require('stream');
(async () => {
  const r = Readable.from(['a', 'b', 'c']);
  const got = [];
  for await (const c of r) got.push(c);
  console.log('all', got.join(','), r.destroyed);

  const r2 = new Readable({ read() {} });
  r2.push('x'); r2.push('y');
  r2.on('close', () => console.log('r2 close'));
  for await (const c of r2) { console.log('r2 got', String(c)); break; }
  console.log('r2 destroyed', r2.destroyed);

  const r3 = new Readable({ read() { this.destroy(new Error('kaput')); } });
  try {
    for await (const c of r3) console.log('never', c);
  } catch (e) {
    console.log('caught', e.message);
  }

  const r4 = new Readable({ objectMode: true, read() {} });
  r4.push(1); r4.push(2); r4.push(3); r4.push(null);
  for await (const v of r4.iterator({ destroyOnReturn: false })) { console.log('r4', v); break; }
  console.log('r4 destroyed', r4.destroyed, 'left', r4.read());

  const it = Readable.from([1, 2])[Symbol.asyncIterator]();
  console.log(Object.prototype.toString.call(it), await it.next(), await it.next(), await it.next());
})();
