// Writable.fromWeb: strings become UTF-8 bytes unless decodeStrings is false; end closes.
const { Writable } = require('stream');
const got = [];
const ws = new WritableStream({
  write(c) { got.push(c instanceof Uint8Array ? `bytes:${Buffer.from(c).toString()}` : `other:${c}`); },
  close() { got.push('web close'); },
});
const w = Writable.fromWeb(ws);
w.write('héllo');
w.write(Buffer.from('buf'));
w.end(() => {
  console.log(got);
  const ws2 = new WritableStream({ write(c) { console.log('objectMode got', typeof c, c); } });
  const w2 = Writable.fromWeb(ws2, { objectMode: true });
  w2.write({ a: 1 });
  w2.end('last');
});
