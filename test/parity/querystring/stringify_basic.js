// querystring.stringify: arrays, primitives, nested objects, unicode
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
console.log(qs.stringify({ a: [1, 2], b: 'x y', c: true, d: null, e: undefined, f: NaN, g: 10n, h: [], i: {}, j: 'é€☃', k: 1e21, l: -0, m: Infinity }));
console.log(JSON.stringify(qs.stringify('x')), JSON.stringify(qs.stringify(null)), JSON.stringify(qs.stringify(5)), qs.stringify([1, 2]));
console.log(qs.stringify({ 'a b': 'c&d', '\ud83d\ude00': '=' }));
