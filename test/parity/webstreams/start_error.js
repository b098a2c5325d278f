// start() throwing propagates from the constructor; a rejected start errors the stream.
try {
  new ReadableStream({ start() { throw new Error('sync start'); } });
} catch (e) {
  console.log('constructor threw', e.message);
}
const rs = new ReadableStream({ start() { return Promise.reject(new Error('async start')); } });
rs.getReader().read().catch((e) => console.log('read rejected', e.message));
const ws = new WritableStream({ start() { return Promise.reject(new Error('ws start')); } });
ws.getWriter().write('x').catch((e) => console.log('write rejected', e.message));
