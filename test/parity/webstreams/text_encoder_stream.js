// TextEncoderStream encodes strings to UTF-8, joining surrogate pairs split across chunks.
(async () => {
  const tes = new TextEncoderStream();
  console.log(tes.encoding);
  const w = tes.writable.getWriter();
  w.write('a€');
  w.write('\ud83d');
  w.write('\ude00b');
  w.write('\ud800');
  w.close();
  const out = [];
  for await (const c of tes.readable) out.push(Array.from(c).map((b) => b.toString(16)).join(' '));
  console.log(out);
})();
