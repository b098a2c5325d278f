// With stdin from /dev/null (the harness default) process.stdin is an fs.ReadStream that ends at once.
const fs = require('fs');
const s = process.stdin;
console.log(s.constructor.name, s instanceof fs.ReadStream, s.fd, s.isTTY, s.readableFlowing, s.readableHighWaterMark);
let n = 0;
s.on('data', (d) => { n += d.length; });
s.on('end', () => console.log('end', n));
s.on('close', () => console.log('close'));
