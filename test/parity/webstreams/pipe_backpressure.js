// pipeTo respects the destination's backpressure: the source is pulled only as fast as writes finish.
const log = [];
let pulls = 0;
const rs = new ReadableStream({
  pull(c) {
    pulls++;
    if (pulls > 4) c.close();
    else c.enqueue(pulls);
  },
}, { highWaterMark: 0 });
const ws = new WritableStream({
  write(chunk) {
    log.push(`write ${chunk} (pulls so far ${pulls})`);
    return new Promise((r) => setTimeout(r, 2));
  },
}, { highWaterMark: 1 });
rs.pipeTo(ws).then(() => console.log(log.join('\n'), '\npulls', pulls));
