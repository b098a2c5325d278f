// controller.terminate() closes the readable and errors the writable.
const ts = new TransformStream({
  transform(chunk, c) {
    c.enqueue(chunk);
    if (chunk === 'stop') c.terminate();
  },
});
const w = ts.writable.getWriter();
const r = ts.readable.getReader();
w.write('go');
w.write('stop');
w.write('ignored').catch((e) => console.log('write after terminate', e.code, e.message));
(async () => {
  for (;;) {
    const res = await r.read();
    console.log(res);
    if (res.done) break;
  }
  w.closed.catch((e) => console.log('writable', e.message));
})();
