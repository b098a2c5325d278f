// querystring.stringify with custom sep, eq and encodeURIComponent
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
console.log(qs.stringify({ a: 1, b: [2, 3] }, ';', ':'));
console.log(qs.stringify({ a: 'b c', d: 5, e: [true, null] }, null, null, { encodeURIComponent: (s) => `[${s}]` }));
console.log(qs.stringify({ a: 1 }, '', ''));
