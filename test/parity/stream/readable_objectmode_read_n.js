// objectMode read(n): n is ignored (one object at a time); read(0) triggers _read; null
// values are refused with ERR_STREAM_NULL_VALUES only in Readable.from, push(null) ends.
const { Readable } = require('stream');
const r = new Readable({ objectMode: true, read() {} });
r.push('one'); r.push({ two: 2 }); r.push(3);
console.log(r.read(10), r.read(0), r.readableLength);
console.log(JSON.stringify(r.read()), r.read(), r.read());
r.push(null);
r.on('end', () => console.log('end'));
r.read();
