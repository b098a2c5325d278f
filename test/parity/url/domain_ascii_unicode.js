// url.domainToASCII and url.domainToUnicode
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const url = require('url');
for (const d of ['español.com', 'xn--espaol-zwa.com', 'EXAMPLE.com', 'xn--iñvalid.com', '中文.com', '', 'a..b', 'a b', '1.2.3', '\u2603'])
  console.log(JSON.stringify(d), JSON.stringify(url.domainToASCII(d)), JSON.stringify(url.domainToUnicode(d)));
show(() => url.domainToASCII());
show(() => url.domainToUnicode());
