// url.format of WHATWG URLs with the auth/fragment/search/unicode options
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
const u = new URL('http://us:pw@xn--a-bga.com:81/p?q=1#f');
console.log(url.format(u));
console.log(url.format(u, { auth: false }));
console.log(url.format(u, { fragment: false, search: false }));
console.log(url.format(u, { unicode: true }));
console.log(url.format(new URL('file:///x'), {}), url.format(new URL('mailto:a@b'), {}), url.format(new URL('sc://h'), {}));
show(() => url.format(u, 'bad'));
