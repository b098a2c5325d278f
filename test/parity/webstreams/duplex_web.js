// Duplex.toWeb and Duplex.fromWeb: both sides carry data.
const { Duplex, PassThrough } = require('stream');
(async () => {
  const { readable, writable } = Duplex.toWeb(new PassThrough());
  const w = writable.getWriter();
  w.write(new Uint8Array([1, 2]));
  w.close();
  for await (const c of readable) console.log('toWeb', c);
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(String(c).toUpperCase()); } });
  const d = Duplex.fromWeb(ts, { objectMode: true });
  d.write('abc');
  d.end();
  for await (const c of d) console.log('fromWeb', c);
  try { Duplex.fromWeb({}); } catch (e) { console.log(e.code, e.message); }
})();
