// Byte stream misuse: non-view chunks, empty chunks, empty/detached BYOB views, bad respond.
const rs = new ReadableStream({
  type: 'bytes',
  start(c) {
    for (const f of [() => c.enqueue('str'), () => c.enqueue(new Uint8Array(0))]) {
      try { f(); } catch (e) { console.log('enqueue', e.name, e.code, e.message); }
    }
  },
});
const reader = rs.getReader({ mode: 'byob' });
reader.read(new Uint8Array(0)).catch((e) => console.log('empty view', e.code, e.message));
reader.read('x').catch((e) => console.log('not a view', e.code, e.message));
const detached = new Uint8Array(4);
detached.buffer.transfer();
reader.read(detached).catch((e) => console.log('detached view', e.code, e.message));
try { new ReadableStream().getReader({ mode: 'byob' }); } catch (e) { console.log('byob on default', e.code); }
