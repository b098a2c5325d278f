// zlib.crc32 values for strings and buffers, chaining with an initial value, and argument errors
'use strict';
const zlib = require('zlib');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', Buffer.isBuffer(r) ? JSON.stringify(r.toString('latin1')) : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e).join(','));
  }
}

t('hello', () => zlib.crc32('hello'));
t('empty', () => zlib.crc32(''));
t('chain', () => zlib.crc32('world', zlib.crc32('hello ')) === zlib.crc32('hello world'));
t('buffer', () => zlib.crc32(Buffer.from('hello world')));
t('utf8', () => zlib.crc32('héllo ✓'));
t('uint8', () => zlib.crc32(new Uint8Array([1, 2, 3])));
t('value', () => zlib.crc32('abc', 12345));
t('max value', () => zlib.crc32('abc', 4294967295));
t('bad data', () => zlib.crc32(1));
t('bad value', () => zlib.crc32('a', 'b'));
t('neg value', () => zlib.crc32('a', -1));
t('big value', () => zlib.crc32('a', 2 ** 32));
t('float value', () => zlib.crc32('a', 1.5));
console.log(zlib.crc32.length, zlib.crc32.name);
