// A transform that throws errors both sides; controller.error() does the same.
const ts = new TransformStream({ transform() { throw new Error('bad chunk'); } });
const w = ts.writable.getWriter();
w.write('x').catch((e) => console.log('write', e.message));
ts.readable.getReader().read().catch((e) => console.log('read', e.message));
w.closed.catch((e) => console.log('writable closed', e.message));
const ts2 = new TransformStream({ start(c) { c.error(new Error('start error')); } });
ts2.writable.getWriter().closed.catch((e) => console.log('ts2 writable', e.message));
ts2.readable.getReader().closed.catch((e) => console.log('ts2 readable', e.message));
