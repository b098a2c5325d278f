// querystring.unescapeBuffer returns bytes
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const qs = require('querystring');
console.log(qs.unescapeBuffer('%41%zz+'), qs.unescapeBuffer('%41%zz+', true), qs.unescapeBuffer('%e2%98%83'), qs.unescapeBuffer('%'), qs.unescapeBuffer('%4'));
console.log(qs.unescapeBuffer('abc').toString());
