// punycode.ucs2 decode and encode with surrogate pairs
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const punycode = require('punycode');
console.log(punycode.ucs2.decode('a\ud83d\ude00b\ud800'), punycode.ucs2.encode([0x61, 0x1f600, 0x62]), punycode.version);
