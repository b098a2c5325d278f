// Reads, pulls and closes interleave in the spec's order: start, pull on demand, read results.
const log = [];
let n = 0;
const rs = new ReadableStream({
  start(c) { log.push('start'); c.enqueue('a'); },
  pull(c) {
    n++;
    log.push(`pull ${n} desired=${c.desiredSize}`);
    if (n < 3) c.enqueue(`p${n}`);
    else c.close();
  },
}, { highWaterMark: 2 });
log.push('constructed');
const reader = rs.getReader();
(async () => {
  for (;;) {
    const r = await reader.read();
    log.push(`read ${JSON.stringify(r)}`);
    if (r.done) break;
  }
  await reader.closed;
  log.push('closed');
  console.log(log.join('\n'));
})();
