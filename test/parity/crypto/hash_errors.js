// The errors createHash, update, digest and copy throw: names, codes, messages.
'use strict';
const crypto = require('crypto');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', typeof r === 'string' ? r : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('unknown alg', () => crypto.createHash('nope'));
t('no alg', () => crypto.createHash());
t('number alg', () => crypto.createHash(256));
t('md4 (legacy provider)', () => crypto.createHash('md4'));
t('whirlpool', () => crypto.createHash('whirlpool'));
t('digest twice', () => { const h = crypto.createHash('sha256'); h.digest(); h.digest(); });
t('update after digest', () => { const h = crypto.createHash('sha256'); h.digest(); h.update('x'); });
t('copy after digest', () => { const h = crypto.createHash('sha256'); h.digest(); h.copy(); });
t('update number', () => crypto.createHash('sha256').update(1));
t('update undefined', () => crypto.createHash('sha256').update());
t('update object', () => crypto.createHash('sha256').update({}));
t('update ArrayBuffer', () => crypto.createHash('sha256').update(new ArrayBuffer(2)));
t('odd hex', () => crypto.createHash('sha1').update('abc', 'hex'));
t('outputLength on sha256', () => crypto.createHash('sha256', { outputLength: 5 }));
t('outputLength = size', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
t('outputLength -1', () => crypto.createHash('shake128', { outputLength: -1 }));
t('outputLength string', () => crypto.createHash('shake128', { outputLength: 'x' }));
t('outputLength 1.5', () => crypto.createHash('shake128', { outputLength: 1.5 }));
t('options number', () => crypto.createHash('sha1', 5).digest('hex'));
t('blake2b outputLength', () => crypto.createHash('blake2b512', { outputLength: 32 }));
const e = (() => { try { crypto.createHash('sha256', { outputLength: 5 }); } catch (err) { return err; } })();
console.log('openssl props', e.library, '|', e.reason);
