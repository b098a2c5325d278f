// urlToHttpOptions of WHATWG URLs
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
console.log(url.urlToHttpOptions(new URL('https://a:b@[::1]:8443/p?q=1#h')));
console.log(url.urlToHttpOptions(new URL('http://%C3%A9:x%20y@h/')));
console.log(url.urlToHttpOptions(new URL('http://h')));
