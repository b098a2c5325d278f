// PassThrough in object mode, with encoding, with readableObjectMode only; end() flushes.
const { PassThrough } = require('stream');
const a = new PassThrough({ objectMode: true });
a.write({ k: 1 }); a.end([2]);
a.on('data', (d) => console.log('obj', JSON.stringify(d)));
const b = new PassThrough({ encoding: 'base64' });
b.end('hello');
b.on('data', (d) => console.log('base64', d));
const c = new PassThrough({ readableObjectMode: true });
c.end('raw');
c.on('data', (d) => console.log('readableObjectMode', Buffer.isBuffer(d), String(d)));
console.log(c.readableObjectMode, c.writableObjectMode, a.readableHighWaterMark, b.readableHighWaterMark);
