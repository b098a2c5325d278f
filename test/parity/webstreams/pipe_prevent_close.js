// preventClose leaves the destination open for another pipe.
(async () => {
  const chunks = [];
  const ws = new WritableStream({ write(c) { chunks.push(c); }, close() { chunks.push('CLOSED'); } });
  await ReadableStream.from([1, 2]).pipeTo(ws, { preventClose: true });
  console.log('after first', chunks, ws.locked);
  await ReadableStream.from([3]).pipeTo(ws);
  console.log('after second', chunks);
})();
