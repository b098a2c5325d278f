// push() chunk types: string with encodings, Buffer, Uint8Array, DataView, invalid types,
// empty chunks, undefined; push return values and readableLength.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
const errs = [];
r.on('error', (e) => errs.push(e.code + ' ' + e.message));
console.log(r.push('68656c6c6f', 'hex'), r.readableLength);
console.log(r.push(new Uint8Array([33, 33])), r.readableLength);
console.log(r.push(new DataView(new ArrayBuffer(2))), r.readableLength);
console.log(r.push(''), r.push(Buffer.alloc(0)), r.push(undefined), r.readableLength);
console.log(JSON.stringify(r.read().toString('latin1')));
const bad = new Readable({ read() {} });
bad.on('error', (e) => console.log('bad', e.code, e.message));
console.log('push number', bad.push(42));
const s = new Readable({ read() {}, encoding: 'utf8' });
s.push('a'); s.push(Buffer.from('b'));
console.log(JSON.stringify(s.read()));
setImmediate(() => console.log(errs));
