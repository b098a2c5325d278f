// requires: stream/web
// A 64 KB-chunk byte stream (64 MB) read with a BYOB reader into one reused buffer, as a
// fetch body would be consumed. Checksum: bytes read.
'use strict';
(async () => {
  const total = 64 << 20;
  let sent = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      if (sent >= total) { c.close(); if (c.byobRequest) c.byobRequest.respond(0); return; }
      const req = c.byobRequest;
      if (req) {
        const n = Math.min(req.view.byteLength, total - sent);
        req.view.fill(97, 0, n);
        sent += n;
        req.respond(n);
      } else {
        sent += 65536;
        c.enqueue(new Uint8Array(65536));
      }
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let buf = new Uint8Array(65536);
  let got = 0;
  for (;;) {
    const { value, done } = await reader.read(buf);
    if (done) break;
    got += value.byteLength;
    buf = new Uint8Array(value.buffer);
  }
  console.log(String(got));
})();
