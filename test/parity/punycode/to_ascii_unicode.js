// punycode.toASCII and toUnicode of domains and e-mail addresses
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const punycode = require('punycode');
for (const d of ['mañana.com', 'bücher.de', 'user@bücher.de', 'ABC.com', '☃\u3002com', 'xn--maana-pta.com', 'xn--bcher-kva.de'])
  console.log(d, punycode.toASCII(d), punycode.toUnicode(d));
