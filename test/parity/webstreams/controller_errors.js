// Controller misuse throws Node's errors: enqueue/close after close, error() then reads reject.
const rs = new ReadableStream({
  start(c) {
    c.close();
    for (const f of [() => c.enqueue(1), () => c.close()]) {
      try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
    }
    c.error(new Error('ignored after close'));
  },
});
rs.getReader().read().then((r) => console.log('closed stream read', r));
const rs2 = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
const r2 = rs2.getReader();
r2.read().catch((e) => console.log('read rejects', e.message));
r2.closed.catch((e) => console.log('closed rejects', e.message));
