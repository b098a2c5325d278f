// stream/consumers over object-mode streams of strings, Uint8Arrays, and empty streams;
// bytes() gives a Uint8Array; json of an empty stream rejects.
const { text, buffer, json, bytes, arrayBuffer } = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  console.log(JSON.stringify(await text(Readable.from([]))));
  console.log((await buffer(Readable.from([new Uint8Array([104, 105]), 'there']))).toString());
  console.log((await arrayBuffer(Readable.from([]))).byteLength);
  try { await json(Readable.from([])); } catch (e) { console.log('json empty', e.name); }
  const u8 = await bytes(Readable.from(['by', Buffer.from('tes')]));
  console.log(u8.constructor.name, Buffer.from(u8).toString());
  console.log(Object.keys(require('stream/consumers')));
})();
