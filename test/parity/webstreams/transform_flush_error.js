// flush() rejecting errors the readable and rejects close().
const ts = new TransformStream({ flush() { return Promise.reject(new Error('flush failed')); } });
const w = ts.writable.getWriter();
w.close().catch((e) => console.log('close', e.message));
ts.readable.getReader().read().catch((e) => console.log('read', e.message));
