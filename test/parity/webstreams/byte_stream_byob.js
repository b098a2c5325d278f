// BYOB reads fill the caller's buffer; the view comes back on a transferred buffer.
(async () => {
  let ctrl;
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { ctrl = c; },
    pull(c) {
      const req = c.byobRequest;
      console.log('pull: byobRequest view length', req.view.byteLength);
      req.view.set([9, 8, 7]);
      req.respond(3);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const buf = new Uint8Array(8);
  const r = await reader.read(buf);
  console.log(r.value, r.value.byteLength, r.value.buffer.byteLength, 'old detached', buf.buffer.detached);
  ctrl.close();
  ctrl.byobRequest && ctrl.byobRequest.respond(0);
  const end = await reader.read(new Uint8Array(4));
  console.log(end.done, end.value);
})();
