// querystring.parse: repeated keys, empty pairs, null prototype
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
const r = qs.parse('a=1&&b=2&=x&c&d=&a=3&a=4');
console.log(r, Object.getPrototypeOf(r));
console.log(qs.parse('a+b=c+d'), qs.parse('='), qs.parse('a&=&b'), qs.parse('&&'), qs.parse('__proto__=1&hasOwnProperty=2'));
console.log(qs.parse(5), qs.parse(''), qs.parse(undefined));
