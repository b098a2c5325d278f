// decompresses streams produced by Node (bytes fixed in this file) in every format
'use strict';
const zlib = require('zlib');
// recorded once from Node's zlib, brotli and zstd
const fixtures = {
  gunzip: '1f8b0800000000000003cb48cdc9c95728cf2fca4951482bcacf55c8cb4f49e5ca20411400e8ade6ae42000000',
  inflate: '789ccb48cdc9c95728cf2fca4951482bcacf55c8cb4f49e5ca2041140031a41801',
  inflateRaw: 'cb48cdc9c95728cf2fca4951482bcacf55c8cb4f49e5ca20411400',
  unzip: '1f8b0800000000000203cb48cdc9c95728cf2fca4951482bcacf55c8cb4f49e5ca20411400e8ade6ae42000000',
  brotliDecompress: '1b4100f81d09364ef2b9ef15eb3234b637e1d60a20646c6a167baa849490db76aa0e04',
  zstdDecompress: '28b52ffd2042ed0000b068656c6c6f20776f726c642066726f6d206e6f64650a01004a733601',
};
for (const [fn, hex] of Object.entries(fixtures)) {
  try {
    console.log(fn, JSON.stringify(zlib[fn + 'Sync'](Buffer.from(hex, 'hex')).toString()));
  } catch (e) {
    console.log(fn, e.message);
  }
}
