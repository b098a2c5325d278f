// Typed arrays pushed and written in byte mode: a Uint8Array becomes a Buffer over the same
// memory (same ArrayBuffer and offset, later changes visible), Buffers and Buffer subclasses
// pass unchanged, empty views are no-ops for push, other views and DataViews become byte
// Buffers (pool offsets not printed), and lengths count bytes (readableLength, writableLength, highWaterMark backpressure).
'use strict';
const { Readable, Writable, PassThrough } = require('stream');

const ab = new ArrayBuffer(16);
const u = new Uint8Array(ab, 3, 5);
u.fill(7);
class Sub extends Buffer {}
const sub = Buffer.from('sub');
Object.setPrototypeOf(sub, Sub.prototype);

const r = new Readable({ read() {} });
console.log('push u8', r.push(u), r.readableLength);
console.log('push empty', r.push(new Uint8Array(0)), r.readableLength);
console.log('push i16', r.push(new Int16Array([1, 2])), r.readableLength);
console.log('push dataview', r.push(new DataView(ab, 1, 2)), r.readableLength);
console.log('push sub', r.push(sub), r.readableLength);
console.log('push string', r.push('xyz'), r.readableLength);
r.push(null);
u[0] = 9;
const seen = [];
r.on('data', (c) => {
  seen.push(c);
  console.log('data', c.constructor.name, Buffer.isBuffer(c), c.length,
    c.buffer === ab ? c.byteOffset : '-', c.buffer === ab, c === sub, [...c].join(','));
});
r.on('end', () => {
  u[1] = 8;
  console.log('first chunk sees later change:', seen[0][1] === 8);

  const w = new Writable({
    highWaterMark: 6,
    write(c, e, cb) {
      console.log('write', c.constructor.name, c.length, c.buffer === ab ? c.byteOffset : '-', c.buffer === ab, c === sub, e);
      setImmediate(cb);
    },
  });
  console.log('w u8', w.write(u), w.writableLength);
  console.log('w sub', w.write(sub), w.writableLength);
  console.log('w i16', w.write(new Int16Array([1, 2])), w.writableLength);
  console.log('w str', w.write('ab', 'latin1'), w.writableLength);
  w.end(() => {
    const p = new PassThrough();
    p.end(new Uint8Array([1, 2, 3]));
    p.on('data', (c) => console.log('pass', Buffer.isBuffer(c), [...c].join(',')));
  });
});
