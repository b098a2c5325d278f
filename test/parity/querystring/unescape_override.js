// parse uses a replaced querystring.unescape
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
const orig = qs.unescape;
qs.unescape = (s) => `<${s}>`;
console.log(qs.parse('a=%41&b=c'));
qs.unescape = orig;
console.log(qs.parse('a=%41&b=c'));
