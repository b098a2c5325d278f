// read(view, { min }) waits until at least min elements are filled.
(async () => {
  let ctrl;
  const rs = new ReadableStream({ type: 'bytes', start(c) { ctrl = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const p = reader.read(new Uint8Array(6), { min: 4 });
  ctrl.enqueue(new Uint8Array([1, 2]));
  await null;
  ctrl.enqueue(new Uint8Array([3, 4, 5]));
  const r = await p;
  console.log(r.value, r.done);
  for (const opts of [{ min: 0 }, { min: 7 }]) {
    try {
      await reader.read(new Uint8Array(6), opts);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
})();
