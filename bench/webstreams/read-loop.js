// requires: stream/web
// 200,000 small chunks enqueued by pull() and read one by one with a default reader.
// Checksum: sum of the chunks.
'use strict';
(async () => {
  let i = 0;
  const rs = new ReadableStream({
    pull(c) { if (i === 200000) c.close(); else c.enqueue(i++); },
  }, { highWaterMark: 16 });
  const reader = rs.getReader();
  let sum = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    sum += value;
  }
  console.log(String(sum));
})();
