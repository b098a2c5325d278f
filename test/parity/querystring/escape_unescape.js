// querystring.escape and unescape: reserved characters, non-strings, malformed input
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
console.log(qs.escape('a b&c/é!~*\'()-_.'), qs.escape(5), qs.escape({ toString() { return 'o k'; } }), qs.escape(['a', 'b']), qs.escape(null), qs.escape(undefined));
console.log(qs.unescape('%41%zz+'), qs.unescape('a+b', true), qs.unescape('%E2%98%83'), qs.unescape('%E2%98'));
show(() => qs.escape('\ud800'));
show(() => qs.escape('\udc00a'));
console.log(qs.escape('\ud83d\ude00'));
