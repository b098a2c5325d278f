// deflate/inflate with a preset dictionary: FDICT flag, round trip; raw with dictionary
'use strict';
const zlib = require('zlib');
const dict = Buffer.from('hello world dictionary words');
const d = zlib.deflateSync('hello world hello', { dictionary: dict });
console.log((d[1] & 0x20) !== 0);
console.log(zlib.inflateSync(d, { dictionary: dict }).toString());
const r = zlib.deflateRawSync('dictionary words again', { dictionary: dict });
console.log(zlib.inflateRawSync(r, { dictionary: dict }).toString());
console.log(zlib.inflateSync(zlib.deflateSync('no dict needed'), { dictionary: dict }).toString());
const ab = zlib.deflateSync('array buffer dict', { dictionary: new Uint8Array(dict).buffer });
console.log(zlib.inflateSync(ab, { dictionary: dict }).toString());
