// set replaces the first and removes the rest
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams('a=1&b=2&a=3&a=4');
p.set('a', 'x'); console.log(p.toString());
p.set('new', 'y'); console.log(p.toString());
p.set('b', ''); console.log(p.toString());
