// requires: stream/web
// 100,000 chunks of 1 KB through pipeThrough(TransformStream) and pipeTo(WritableStream).
// Checksum: bytes that reached the sink.
'use strict';
(async () => {
  const chunk = new Uint8Array(1024);
  let n = 0;
  const rs = new ReadableStream({
    pull(c) { if (n === 100000) c.close(); else { n++; c.enqueue(chunk); } },
  });
  let bytes = 0;
  await rs
    .pipeThrough(new TransformStream({ transform(c, ctl) { ctl.enqueue(c); } }))
    .pipeTo(new WritableStream({ write(c) { bytes += c.byteLength; } }));
  console.log(String(bytes));
})();
