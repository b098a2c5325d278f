// inspect of URLSearchParams iterators, also after partial consumption
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams('a=1&b=2&c=3');
console.log(p.keys(), p.values(), p.entries());
const it = p.entries(); it.next(); console.log(it);
it.next(); it.next(); console.log(it);
console.log(require('util').inspect({ it: p.keys() }, { depth: 0 }));
