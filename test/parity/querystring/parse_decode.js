// querystring.parse with a decodeURIComponent option and malformed escapes
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
console.log(qs.parse('a=%41&b=%zz', null, null, { decodeURIComponent: (s) => s.toLowerCase() }));
console.log(qs.parse('a=1', null, null, { decodeURIComponent: () => { throw new Error('x'); } }));
console.log(qs.parse('a=%E0%A4%A&b=%zz+c%20d&c=%F0%9F%98%80&d=%C3'));
console.log(qs.parse('%=%&%%=1'));
