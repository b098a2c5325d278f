// randomBytes sync and async: sizes, types, argument errors (values themselves are random and not
// printed; their properties are).
'use strict';
const crypto = require('crypto');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', r && r.constructor.name, r && r.length);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
t('16', () => crypto.randomBytes(16));
t('0', () => crypto.randomBytes(0));
t('1.5', () => crypto.randomBytes(1.5));
t('-1', () => crypto.randomBytes(-1));
t('string', () => crypto.randomBytes('1'));
t('2**31', () => crypto.randomBytes(2 ** 31));
t('NaN', () => crypto.randomBytes(NaN));
t('bad callback', () => crypto.randomBytes(3, 5));
t('string callback', () => crypto.randomBytes(4, 'x'));
const a = crypto.randomBytes(64);
const b = crypto.randomBytes(64);
console.log('differ', !a.equals(b), 'not all zero', a.some((x) => x !== 0));
const order = [];
crypto.randomBytes(32, (err, buf) => {
  order.push('async');
  console.log('callback', err, Buffer.isBuffer(buf), buf.length, 'this', this === undefined || typeof this);
});
order.push('sync');
process.on('exit', () => console.log(order.join(',')));
