// missing and wrong dictionaries: Z_NEED_DICT errors; async form too
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

const d = zlib.deflateSync('x', { dictionary: Buffer.from('abc') });
t('missing', () => zlib.inflateSync(d));
t('bad', () => zlib.inflateSync(d, { dictionary: Buffer.from('abd') }));
t('type', () => zlib.deflateSync('x', { dictionary: 'abc' }));
zlib.inflate(d, (err) => console.log('async', err.code, err.errno, err.message));
