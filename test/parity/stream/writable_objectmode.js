// Writable objectMode: any value but null, length counts objects, writev batches objects,
// decodeStrings irrelevant; writableObjectMode flags.
const { Writable } = require('stream');
const seen = [];
const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(o, enc, cb) { seen.push(typeof o + ':' + JSON.stringify(o) + ':' + enc); setImmediate(cb); },
  writev(chunks, cb) { seen.push('writev ' + chunks.length); setImmediate(cb); },
});
console.log(w.write({ a: 1 }), w.write(2), w.write('three'), w.writableLength, w.writableObjectMode);
try { w.write(null); } catch (e) { console.log(e.code, e.message); }
w.write(undefined);
w.write(false);
w.end(() => console.log(seen.join(' | ')));
