// setEncoding after data is buffered (including a split multi-byte character), setEncoding
// twice, and an encoding with object mode untouched.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
const snow = Buffer.from('☃☃');
r.push(snow.subarray(0, 4));
r.setEncoding('utf8');
console.log(r.readableLength, JSON.stringify(r.read()));
r.push(snow.subarray(4));
console.log(JSON.stringify(r.read()));
r.setEncoding('hex');
r.push(Buffer.from([1, 2]));
console.log(r.readableEncoding, JSON.stringify(r.read()));
const o = new Readable({ objectMode: true, read() {} });
o.push({ a: 1 });
console.log(JSON.stringify(o.read()), o.readableEncoding);
