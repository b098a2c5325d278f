// querystring.parse with custom and multi-character separators
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
console.log(qs.parse('a::1;;b::2', ';;', '::'));
console.log(qs.parse('a=1;b=2', ';'), qs.parse('a:1&b:2', null, ':'), qs.parse('a=1&b=2', '', ''));
console.log(qs.parse('a==1&&b', '&&', '=='), qs.parse('xyaxyb', 'xy'));
