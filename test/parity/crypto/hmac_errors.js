// Hmac errors and its finalization quirk (a second digest() returns an empty result).
'use strict';
const crypto = require('crypto');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', Buffer.isBuffer(r) ? 'Buffer(' + r.length + ')' : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('no key', () => crypto.createHmac('sha256'));
t('number key', () => crypto.createHmac('sha256', 5));
t('unknown digest', () => crypto.createHmac('nope', 'k'));
t('number digest', () => crypto.createHmac(5, 'k'));
t('xof digest', () => crypto.createHmac('shake128', 'k'));
t('legacy digest', () => crypto.createHmac('md4', 'k'));
t('second digest hex', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.digest('hex'); });
t('second digest buffer', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); return h.digest(); });
t('update after digest', () => { const h = crypto.createHmac('sha256', 'k'); h.digest(); h.update('x'); });
t('update number', () => crypto.createHmac('sha256', 'k').update(5));
t('digest encodings', () => [crypto.createHmac('sha1', 'k').update('x').digest('HEX'),
  crypto.createHmac('sha1', 'k').update('x').digest('base64url')]);
