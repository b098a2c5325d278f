// stream/consumers: text, json, buffer, arrayBuffer from streams and async iterables.
const { text, json, buffer, arrayBuffer } = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  const euro = Buffer.from('€€');
  console.log(await text(Readable.from([euro.subarray(0, 2), euro.subarray(2)])));
  console.log(await json(Readable.from(['{"a":', '[1,2]}'])));
  const b = await buffer(Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
  console.log(Buffer.isBuffer(b), b.toString());
  const ab = await arrayBuffer(Readable.from([Buffer.from('xyz')]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  async function* gen() { yield 'g'; yield 'h'; }
  console.log(await text(gen()));
  try { await json(Readable.from(['{bad'])); } catch (e) { console.log(e.name); }
})();
