// A file name that is not valid UTF-8: readdir with encoding 'buffer' or 'hex' gives its raw
// bytes (with types too, and from the promise form), utf8 gives U+FFFD in its place.
const fs = require('fs');
const path = require('path');
const { file } = require('./_tmp');
const d = file('raw');
fs.mkdirSync(d);
fs.writeFileSync(Buffer.concat([Buffer.from(d + '/'), Buffer.from([0x66, 0xff, 0xfe, 0x2e, 0x74])]), 'x');
fs.writeFileSync(path.join(d, 'plain.txt'), 'y');
const show = (list) => list.map((n) => (Buffer.isBuffer(n) ? 'buf:' + n.toString('hex') : JSON.stringify(n))).sort().join(' ');
console.log('utf8', show(fs.readdirSync(d)));
console.log('buffer', show(fs.readdirSync(d, 'buffer')));
console.log('hex', show(fs.readdirSync(d, { encoding: 'hex' })));
console.log('latin1', show(fs.readdirSync(d, 'latin1')));
console.log('dirents', show(fs.readdirSync(d, { encoding: 'buffer', withFileTypes: true }).map((e) => e.name)));
fs.readdir(d, 'buffer', (e, list) => {
  console.log('callback', e, show(list));
  fs.promises.readdir(d, { encoding: 'hex' }).then((list) => console.log('promise', show(list)));
});
