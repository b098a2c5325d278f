// util.inspect of every stream class, in each state.
const util = require('util');
const rs = new ReadableStream({ start(c) { c.enqueue(1); } });
console.log(rs);
const reader = rs.getReader();
console.log(reader);
console.log(util.inspect(rs, { depth: 0 }));
const ws = new WritableStream();
console.log(ws, ws.getWriter());
console.log(new TransformStream());
console.log(new ReadableStream({ type: 'bytes' }));
console.log(new ByteLengthQueuingStrategy({ highWaterMark: 16 }), new CountQueuingStrategy({ highWaterMark: 2 }));
console.log(new TextEncoderStream());
console.log(new TextDecoderStream('utf-16le', { fatal: true }));
console.log(new CompressionStream('deflate'), new DecompressionStream('gzip'));
const errored = new ReadableStream({ start(c) { c.error(new Error('x')); } });
const closed = new ReadableStream({ start(c) { c.close(); } });
setTimeout(() => console.log([errored, closed]), 1);
