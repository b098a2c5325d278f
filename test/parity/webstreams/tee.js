// tee() gives two branches with the same chunks; each reads at its own pace.
(async () => {
  const rs = ReadableStream.from(['a', 'b', 'c']);
  const [b1, b2] = rs.tee();
  console.log('source locked', rs.locked);
  const r1 = b1.getReader();
  const r2 = b2.getReader();
  const got1 = [];
  const got2 = [];
  for (;;) { const r = await r1.read(); if (r.done) break; got1.push(r.value); }
  for (;;) { const r = await r2.read(); if (r.done) break; got2.push(r.value); }
  console.log(got1, got2);
})();
