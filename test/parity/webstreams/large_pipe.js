// 2000 chunks through pipeThrough + pipeTo arrive complete and in order.
(async () => {
  let i = 0;
  const rs = new ReadableStream({
    pull(c) { if (i === 2000) c.close(); else c.enqueue(i++); },
  });
  let sum = 0;
  let last = -1;
  let ordered = true;
  await rs.pipeThrough(new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 2); } }))
    .pipeTo(new WritableStream({ write(c) { if (c !== last + 2) ordered = false; last = c; sum += c; } }));
  console.log(sum, ordered);
})();
