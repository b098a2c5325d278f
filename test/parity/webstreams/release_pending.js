// releaseLock() rejects pending reads with "Releasing reader"; a new reader gets later chunks.
let ctrl;
const rs = new ReadableStream({ start(c) { ctrl = c; } });
const r1 = rs.getReader();
r1.read().then((v) => console.log('unexpected', v), (e) => console.log('pending read:', e.code, e.message));
r1.releaseLock();
const r2 = rs.getReader();
ctrl.enqueue('late');
r2.read().then((v) => console.log('second reader', v));
