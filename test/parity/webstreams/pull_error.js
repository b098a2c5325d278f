// pull() throwing or rejecting errors the stream; the error reaches reads and closed.
let calls = 0;
const rs = new ReadableStream({
  pull() {
    calls++;
    if (calls === 2) throw new Error('pull failed');
    return undefined;
  },
}, { highWaterMark: 0 });
const reader = rs.getReader();
reader.read().then((v) => console.log('never', v), (e) => console.log('first read', e.message, calls));
reader.closed.catch((e) => console.log('closed', e.message));
const rs2 = new ReadableStream({ pull(c) { c.enqueue('x'); return Promise.reject(new Error('reject')); } });
const r2 = rs2.getReader();
r2.read().then((v) => { console.log('r2 got', v); return r2.read(); }).catch((e) => console.log('r2', e.message));
