// pipeThrough chains TransformStreams and returns the readable side.
(async () => {
  const upper = new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } });
  const exclaim = new TransformStream({ transform(c, ctl) { ctl.enqueue(`${c}!`); } });
  const out = ReadableStream.from(['hi', 'there']).pipeThrough(upper).pipeThrough(exclaim);
  const got = [];
  for await (const v of out) got.push(v);
  console.log(got);
  for (const bad of [{}, { readable: new ReadableStream() }, null]) {
    try { new ReadableStream().pipeThrough(bad); } catch (e) { console.log(e.code, e.message); }
  }
})();
