// A TransformStream does not call transform until the readable side wants data.
(async () => {
  const log = [];
  const ts = new TransformStream({
    transform(c, ctl) { log.push(`transform ${c}`); ctl.enqueue(c); },
  });
  const w = ts.writable.getWriter();
  w.write('a');
  w.write('b');
  await new Promise((r) => setTimeout(r, 1));
  log.push('before read');
  const r = ts.readable.getReader();
  log.push(JSON.stringify(await r.read()));
  await new Promise((res) => setTimeout(res, 1));
  log.push(JSON.stringify(await r.read()));
  console.log(log.join('\n'));
})();
