// option validation: ERR_OUT_OF_RANGE and ERR_INVALID_ARG_TYPE messages for every zlib option
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

const opts = [
  { level: 10 }, { level: -2 }, { level: '1' }, { level: Infinity }, { level: NaN }, { level: 1.5 },
  { windowBits: 7 }, { windowBits: 16 }, { memLevel: 0 }, { memLevel: 10 }, { strategy: 5 }, { strategy: -1 },
  { chunkSize: 10 }, { chunkSize: 'x' }, { flush: 6 }, { finishFlush: -1 }, { maxOutputLength: 0 },
  { maxOutputLength: 2 ** 53 }, { dictionary: 'abc' }, { dictionary: 42 }, { chunkSize: NaN },
];
for (const o of opts) t(JSON.stringify(o), () => zlib.deflateSync('x', o).length > 0);
t('null opts', () => zlib.deflateSync('x', null).length > 0);
t('createGzip', () => zlib.createGzip({ level: 42 }));
