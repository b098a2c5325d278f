// tee() of a byte stream: both branches are byte streams with independent copies.
(async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); },
  });
  const [a, b] = rs.tee();
  console.log(a, b);
  const ra = a.getReader({ mode: 'byob' });
  const x = await ra.read(new Uint8Array(10));
  const rb = b.getReader();
  const y = await rb.read();
  x.value[0] = 99;
  console.log(x.value, y.value);
})();
