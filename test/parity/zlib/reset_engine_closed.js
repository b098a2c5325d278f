// after a sync call the engine is closed: reset throws, _closed is true
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

const r = zlib.deflateSync('x', { info: true });
console.log(r.engine._closed);
t('reset', () => r.engine.reset());
