// highWaterMark accounting for strings (bytes, not characters) and for a stream with an
// encoding (characters); readableLength and push() return values.
const { Readable, Writable } = require('stream');
const r = new Readable({ highWaterMark: 6, read() {} });
console.log(r.push('€€'), r.readableLength);
const s = new Readable({ highWaterMark: 6, encoding: 'utf8', read() {} });
console.log(s.push('€€'), s.readableLength, s.push('abcd'), s.readableLength);
const w = new Writable({ highWaterMark: 6, write(c, e, cb) { setImmediate(cb); } });
console.log(w.write('€€'), w.writableLength);
