// TextDecoderStream decodes multi-byte sequences split across chunks; fatal mode errors.
(async () => {
  const tds = new TextDecoderStream();
  const w = tds.writable.getWriter();
  w.write(new Uint8Array([0xe2, 0x82]));
  w.write(new Uint8Array([0xac, 0x41]));
  w.close();
  const out = [];
  for await (const s of tds.readable) out.push(s);
  console.log(out);
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const fw = fatal.writable.getWriter();
  fw.write(new Uint8Array([0xff])).catch((e) => console.log('write', e.name, e.code));
  fatal.readable.getReader().read().catch((e) => console.log('read', e.name, e.code, e.message));
  const latin = new TextDecoderStream('latin1');
  console.log(latin.encoding, latin.fatal, latin.ignoreBOM);
  try { new TextDecoderStream('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
})();
