// gzip trailer holds CRC-32 and length; zlib trailer holds Adler-32
'use strict';
const zlib = require('zlib');
const data = Buffer.from('trailer check data');
const g = zlib.gzipSync(data);
console.log(g.readUInt32LE(g.length - 8) === zlib.crc32(data), g.readUInt32LE(g.length - 4));
const d = zlib.deflateSync(data);
console.log(d.readUInt32BE(d.length - 4).toString(16));
