// lastChar, lastNeed and lastTotal after each write, as Node exposes them.
const { StringDecoder } = require('string_decoder');
const d = new StringDecoder('utf8');
const show = () => `lastNeed=${d.lastNeed} lastTotal=${d.lastTotal} lastChar=${[...d.lastChar].join(',')} isBuffer=${Buffer.isBuffer(d.lastChar)}`;
console.log('fresh:', show());
d.write(Buffer.from([0xF0]));
console.log('after F0:', show());
d.write(Buffer.from([0x9F, 0x98]));
console.log('after 9F 98:', show());
d.write(Buffer.from([0x80]));
console.log('completed:', show());
d.write(Buffer.from([0xE2, 0x82]));
console.log('after E2 82:', show());
d.end();
console.log('after end:', show());
const u = new StringDecoder('utf16le');
u.write(Buffer.from([0x3D, 0xD8, 0x00]));
console.log('utf16le:', u.lastNeed, u.lastTotal, [...u.lastChar].join(','));
console.log('descriptors:', ['lastChar', 'lastNeed', 'lastTotal'].map((k) => {
  const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, k);
  return `${k}:${typeof desc.get}/${desc.enumerable}`;
}).join(' '));
