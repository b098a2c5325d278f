// forEach arguments, thisArg, and callback validation
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams('a=1&b=2');
p.forEach(function (v, k, o) { console.log(v, k, o === p, this.tag); }, { tag: 't' });
show(() => p.forEach());
show(() => p.forEach('nope'));
