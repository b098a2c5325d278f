// querystring.parse maxKeys: limits, zero, non-finite and negative values
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
const s = 'a=1&b=2&c=3&a=4';
for (const m of [1, 2, 3, 0, -1, NaN, Infinity, 2.5, '2', undefined]) console.log(m, qs.parse(s, null, null, { maxKeys: m }));
console.log(qs.parse('&&&a=1', null, null, { maxKeys: 1 }));
