// url.parse with parseQueryString
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
console.log(url.parse('http://a/?x=1&y=2&x=3', true).query);
console.log(url.parse('http://a/', true).query, url.parse('http://a/', true).search);
console.log(url.parse('/p?a=%20b+c', true).query);
console.log(url.parse('/p?', true));
