// tee(): the faster branch keeps reading while the slower one queues the chunks.
(async () => {
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) { pulls++; if (pulls > 5) c.close(); else c.enqueue(pulls); },
  }, { highWaterMark: 0 });
  const [fast, slow] = rs.tee();
  const got = [];
  for await (const v of fast) got.push(v);
  console.log('fast got', got, 'pulls', pulls);
  const r = slow.getReader();
  const first = await r.read();
  console.log('slow first', first);
  const rest = [];
  for (;;) { const x = await r.read(); if (x.done) break; rest.push(x.value); }
  console.log('slow rest', rest);
})();
