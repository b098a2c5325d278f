// TransformStream: transform and flush see every chunk; the readable side yields the output.
(async () => {
  const ts = new TransformStream({
    start() { console.log('start'); },
    transform(chunk, c) { c.enqueue(chunk.toUpperCase()); c.enqueue('|'); },
    flush(c) { c.enqueue('END'); console.log('flush'); },
  });
  const w = ts.writable.getWriter();
  w.write('a');
  w.write('b');
  w.close();
  const out = [];
  for await (const v of ts.readable) out.push(v);
  console.log(out.join(''));
})();
