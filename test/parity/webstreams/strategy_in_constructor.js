// Strategies given to the constructors set highWaterMark and chunk sizes.
const rs = new ReadableStream({
  start(c) {
    console.log('rs desired', c.desiredSize);
    c.enqueue(new Uint8Array(3));
    console.log('rs after enqueue', c.desiredSize);
  },
}, new ByteLengthQueuingStrategy({ highWaterMark: 8 }));
const ws = new WritableStream({}, { highWaterMark: 0 });
const w = ws.getWriter();
console.log('ws desired', w.desiredSize);
w.ready.then(() => console.log('ready resolves when desiredSize is 0? no'));
const ts = new TransformStream({}, { highWaterMark: 2 }, { highWaterMark: 3 });
console.log('ts writable desired', ts.writable.getWriter().desiredSize);
setTimeout(() => console.log('done', rs.locked), 2);
