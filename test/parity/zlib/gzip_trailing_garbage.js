// bytes after a gzip member that are not a member: errors as Node reports them
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

const g = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def')]);
t('text', () => zlib.gunzipSync(Buffer.concat([g, Buffer.from('hello')])));
t('bad method', () => zlib.gunzipSync(Buffer.concat([g, Buffer.from([0x1f, 0x8b, 0xff, 0xff]), Buffer.alloc(10)])));
t('partial magic', () => zlib.gunzipSync(Buffer.concat([g, Buffer.from([0x1f])])));
t('zeros', () => zlib.gunzipSync(Buffer.concat([g, Buffer.alloc(3), Buffer.from('junk')])));
zlib.gunzip(Buffer.concat([g, Buffer.from([0x1f, 0x8b, 0xff, 0xff])]), (err, r) => console.log('cb', err.code, err.message, r));
