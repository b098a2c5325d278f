// respondWithNewView hands back a view on the transferred buffer.
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const mine = new Uint8Array(v.buffer, v.byteOffset, 2);
      mine.set([42, 43]);
      c.byobRequest.respondWithNewView(mine);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const r = await reader.read(new Uint8Array(5));
  console.log(r.value);
  try {
    new ReadableStream({
      type: 'bytes',
      pull(c) { c.byobRequest.respondWithNewView(new Uint8Array(3)); },
    }).getReader({ mode: 'byob' }).read(new Uint8Array(3)).catch((e) => console.log('rejected', e.name));
  } catch (e) { console.log('threw', e.name); }
})();
process.on('uncaughtException', (e) => console.log('uncaught', e.name, e.code));
