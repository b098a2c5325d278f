// url.resolveObject returns a Url object
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
console.log(url.resolveObject('http://a/b/c', '../d?x#y'));
console.log(url.resolveObject('', 'x'));
console.log(url.resolveObject('http://a/', 'https://b/c').href);
