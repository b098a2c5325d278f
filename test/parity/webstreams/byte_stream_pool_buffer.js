// Enqueueing a pooled Buffer into a byte stream throws: the pool's ArrayBuffer is not
// detachable, and later Buffers keep working. A Buffer with its own ArrayBuffer is transferred.
const a = Buffer.from('abc');
new ReadableStream({
  type: 'bytes',
  start(c) {
    try { c.enqueue(a); } catch (e) { console.log(e.name, e.code, e.message); }
    c.close();
  },
});
console.log(a.buffer.detached, Buffer.from('after').toString());
try { Buffer.from('x').buffer.transfer(); } catch (e) { console.log('transfer:', e.name, e.message); }
const big = Buffer.alloc(10000, 1);
new ReadableStream({ type: 'bytes', start(c) { c.enqueue(big); c.close(); } })
  .getReader().read().then((r) => console.log(r.value.byteLength, big.buffer.detached, big.length));
