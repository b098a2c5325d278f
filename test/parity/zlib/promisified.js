// util.promisify of the callback forms resolves with the buffer and rejects with zlib errors
'use strict';
const zlib = require('zlib');
const { promisify } = require('util');
(async () => {
  const gz = await promisify(zlib.gzip)('promised');
  console.log((await promisify(zlib.gunzip)(gz)).toString());
  const br = await promisify(zlib.brotliCompress)('promised brotli');
  console.log((await promisify(zlib.brotliDecompress)(br)).toString());
  const zs = await promisify(zlib.zstdCompress)('promised zstd');
  console.log((await promisify(zlib.zstdDecompress)(zs)).toString());
  try {
    await promisify(zlib.inflate)(Buffer.from('garbage'));
  } catch (e) {
    console.log('rejected', e.code, e.errno, e.message);
  }
  const info = await promisify(zlib.deflate)('x', { info: true });
  console.log(Object.keys(info));
})();
