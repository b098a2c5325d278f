// Queued bytes fill BYOB reads across chunk boundaries, with typed-array element alignment.
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3]));
      c.enqueue(new Uint8Array([4, 5, 6, 7, 8]));
      c.close();
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const a = await reader.read(new Uint8Array(2));
  console.log('a', a.value);
  const b = await reader.read(new Uint16Array(2));
  console.log('b', b.value.constructor.name, b.value.length, b.value.byteLength);
  const c = await reader.read(new DataView(new ArrayBuffer(8)));
  console.log('c', c.value.constructor.name, c.value.byteLength, c.value.getUint8(0));
  const d = await reader.read(new Uint8Array(1));
  console.log('d', d.done, d.value);
})();
