// read(n) across chunk boundaries, read() of everything, read(0), and the highWaterMark growth.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push(Buffer.from('hello '));
r.push(Buffer.from('world'));
r.push('!!');
console.log(r.readableLength, r.readableHighWaterMark);
console.log(String(r.read(3)), String(r.read(5)), r.readableLength);
console.log(r.read(100), r.readableLength, r.readableHighWaterMark);
console.log(String(r.read()), r.readableLength);
console.log(r.read(0), r.read());
r.push(null);
console.log(r.read(), r.readableEnded);
r.on('end', () => console.log('end', r.readableEnded));
r.resume();
