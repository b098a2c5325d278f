// A sink write that rejects errors the stream: later writes and close reject with that error.
const ws = new WritableStream({
  write(chunk) { if (chunk === 2) return Promise.reject(new Error('disk full')); },
});
const w = ws.getWriter();
w.write(1).then(() => console.log('1 ok'));
w.write(2).catch((e) => console.log('2', e.message));
w.write(3).catch((e) => console.log('3', e.message));
w.close().catch((e) => console.log('close', e.message));
w.closed.catch((e) => console.log('closed', e.message));
w.ready.catch((e) => console.log('ready', e.message));
