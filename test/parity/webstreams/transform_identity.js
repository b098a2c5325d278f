// A TransformStream without a transformer passes chunks through; backpressure is visible.
(async () => {
  const ts = new TransformStream();
  console.log(ts);
  const w = ts.writable.getWriter();
  console.log('desired', w.desiredSize);
  const p = w.write(1);
  console.log('desired after write', w.desiredSize);
  const r = ts.readable.getReader();
  console.log(await r.read());
  await p;
  console.log('write settled, desired', w.desiredSize);
  w.close();
  console.log(await r.read());
})();
