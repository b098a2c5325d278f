// A reader of a closed stream resolves closed; releasing it replaces closed with a rejection.
(async () => {
  const rs = new ReadableStream({ start(c) { c.close(); } });
  const reader = rs.getReader();
  await reader.closed;
  console.log('closed resolved');
  reader.releaseLock();
  await reader.closed.catch((e) => console.log('after release', e.code, e.message));
  const r2 = rs.getReader();
  console.log(await r2.read());
})();
