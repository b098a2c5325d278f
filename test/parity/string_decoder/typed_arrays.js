// Any ArrayBufferView is accepted: Uint8Array, Uint16Array, DataView, and views into a larger
// buffer at an offset.
const { StringDecoder } = require('string_decoder');
const bytes = Buffer.from('héllo €uro');
const ab = new ArrayBuffer(bytes.length + 4);
new Uint8Array(ab).set(bytes, 2);
const d = new StringDecoder('utf8');
console.log('Uint8Array at offset:', d.write(new Uint8Array(ab, 2, bytes.length)));
console.log('DataView:', d.write(new DataView(ab, 2, 3)), '+', d.write(new DataView(ab, 5, bytes.length - 3)));
const u16 = new Uint16Array([0x68, 0x20AC]);
console.log('Uint16Array as utf16le:', new StringDecoder('utf16le').write(u16));
console.log('Uint16Array bytes as hex:', new StringDecoder('hex').write(u16));
