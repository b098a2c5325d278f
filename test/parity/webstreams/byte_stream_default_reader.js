// A byte stream read with a default reader yields Uint8Arrays; enqueue transfers the buffer.
(async () => {
  const chunk = new Uint8Array([1, 2, 3]);
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(chunk); c.close(); },
  });
  console.log('source buffer detached', chunk.buffer.detached, chunk.byteLength);
  const reader = rs.getReader();
  const r = await reader.read();
  console.log(r.value, r.value.constructor.name, r.done);
  console.log(await reader.read());
})();
