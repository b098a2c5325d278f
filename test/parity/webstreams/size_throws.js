// A size() that throws errors the stream and rethrows from enqueue/write.
const rs = new ReadableStream({
  start(c) {
    try { c.enqueue('x'); } catch (e) { console.log('enqueue threw', e.message); }
  },
}, { size() { throw new Error('bad size'); } });
rs.getReader().closed.catch((e) => console.log('readable errored', e.message));
const ws = new WritableStream({}, { size() { throw new Error('ws size'); } });
const w = ws.getWriter();
w.write('x').catch((e) => console.log('write rejected', e.message));
w.closed.catch((e) => console.log('writable errored', e.message));
const rs2 = new ReadableStream({
  start(c) { try { c.enqueue('y'); } catch (e) { console.log(e.name, e.code); } },
}, { size() { return -1; } });
rs2.getReader().closed.catch((e) => console.log('negative size', e.name));
