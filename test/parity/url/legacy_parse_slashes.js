// url.parse with slashesDenoteHost
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
console.log(url.parse('//foo/bar', false, true));
console.log(url.parse('//foo/bar', false, false));
console.log(url.parse('//user@host/x').host);
