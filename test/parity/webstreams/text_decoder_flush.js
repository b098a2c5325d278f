// An incomplete sequence at the end becomes U+FFFD on close.
(async () => {
  const tds = new TextDecoderStream();
  const w = tds.writable.getWriter();
  w.write(new Uint8Array([0x68, 0x69, 0xf0, 0x9f]));
  w.close();
  let s = '';
  for await (const part of tds.readable) s += part;
  console.log(JSON.stringify(s), s.length);
})();
