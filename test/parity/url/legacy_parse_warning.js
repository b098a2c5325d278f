// url.parse emits DEP0169 once
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
url.parse('http://a/');
url.parse('http://b/');
process.on('warning', (w) => console.log('warning event', w.name, w.code));
url.parse('http://c/');
console.log('done');
