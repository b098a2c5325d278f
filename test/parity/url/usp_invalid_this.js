// URLSearchParams methods on the wrong receiver, iterator next on the wrong receiver
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString'])
  show(() => URLSearchParams.prototype[m].call({}, 'a', 'b'));
show(() => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call([]));
const it = new URLSearchParams('a=1').keys();
show(() => it.next.call({}));
