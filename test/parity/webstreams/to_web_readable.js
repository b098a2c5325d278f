// Readable.toWeb: chunks arrive as Uint8Array copies (or objects in objectMode), end closes.
const { Readable } = require('stream');
(async () => {
  const web = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false }));
  console.log(web);
  for await (const c of web) console.log(c.constructor.name, Buffer.from(c).toString());
  const objs = Readable.toWeb(Readable.from([{ a: 1 }, { b: 2 }]));
  for await (const o of objs) console.log(o);
  try { Readable.toWeb({}); } catch (e) { console.log(e.code, e.message); }
})();
