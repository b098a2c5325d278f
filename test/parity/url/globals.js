// URL and URLSearchParams globals are node:url's classes
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
console.log(URL === url.URL, URLSearchParams === url.URLSearchParams, typeof URL, URL.name, URL.length, URLSearchParams.length);
console.log(Object.prototype.toString.call(new URL('http://a')), Object.prototype.toString.call(new URLSearchParams()));
console.log(Object.prototype.toString.call(new URLSearchParams().keys()));
for (const k in new URL('http://a/')) console.log(k);
