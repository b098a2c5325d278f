// crypto.hash(algorithm, data, outputEncoding | options): encodings, inputs and errors.
'use strict';
const crypto = require('crypto');
function t(label, f) {
  try {
    const r = f();
    console.log(label, Buffer.isBuffer(r) ? 'Buffer ' + r.toString('hex') : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('default hex', () => crypto.hash('sha1', 'abc'));
t('base64', () => crypto.hash('sha1', 'abc', 'base64'));
t('base64url', () => crypto.hash('sha256', 'abc', 'base64url'));
t('HEX', () => crypto.hash('sha1', 'abc', 'HEX'));
t('latin1', () => crypto.hash('md5', 'abc', 'latin1'));
t('buffer', () => crypto.hash('md5', 'abc', 'buffer'));
t('options.outputEncoding', () => crypto.hash('md5', 'abc', { outputEncoding: 'base64' }));
t('Uint8Array', () => crypto.hash('SHA256', new Uint8Array([1, 2, 3])));
t('DataView', () => crypto.hash('sha256', new DataView(new Uint8Array([1, 2, 3]).buffer)));
t('utf8 string', () => crypto.hash('sha256', 'héllo'));
t('bad input', () => crypto.hash('sha1', 5));
t('bad alg type', () => crypto.hash(5, 'x'));
t('unknown alg', () => crypto.hash('nope', 'x'));
t('bad encoding', () => crypto.hash('sha1', 'x', 'bogus'));
t('encoding number', () => crypto.hash('sha1', 'x', { outputEncoding: 5 }));
t('options number', () => crypto.hash('sha1', 'x', 5));
t('outputLength non-xof', () => crypto.hash('sha1', 'x', { outputLength: 4 }));
t('equals createHash', () => crypto.hash('sha512', 'abc') === crypto.createHash('sha512').update('abc').digest('hex'));
