// Cancelling a byte stream resolves pending BYOB reads as done with undefined.
(async () => {
  const rs = new ReadableStream({ type: 'bytes', cancel(r) { console.log('source cancel', r); } });
  const reader = rs.getReader({ mode: 'byob' });
  const p = reader.read(new Uint8Array(4));
  await reader.cancel('bye');
  console.log(await p);
  console.log(await reader.closed);
})();
