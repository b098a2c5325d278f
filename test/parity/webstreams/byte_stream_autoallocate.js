// autoAllocateChunkSize gives a default reader a byobRequest to fill.
(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const view = c.byobRequest.view;
      console.log('view', view.byteLength);
      if (n++ === 2) { c.close(); c.byobRequest.respond(0); return; }
      view[0] = n;
      c.byobRequest.respond(1);
    },
  });
  for await (const chunk of rs) console.log(chunk, chunk.buffer.byteLength);
})();
