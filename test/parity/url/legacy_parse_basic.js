// url.parse on full URLs: every field of the Url object
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
console.log(url.parse('http://user:pass@host.com:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('HTTPS://EXAMPLE.COM'));
console.log(url.parse('/just/a/path?x=1'));
console.log(url.parse('relative/path#frag'));
console.log(url.parse(''));
