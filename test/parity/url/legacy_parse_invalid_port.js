// url.parse with a non-numeric port: DEP0170 (once) and the host cut at the colon
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
console.log(url.parse('http://a:b@c:d/').href);
console.log(url.parse('http://x:y/').href);
