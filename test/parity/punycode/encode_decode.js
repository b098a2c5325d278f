// punycode.encode and decode of labels
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const punycode = require('punycode');
for (const s of ['mañana', 'bücher', '☃', 'abc', '', '\u{1F600}x', 'ü-ü']) { const e = punycode.encode(s); console.log(JSON.stringify(s), e, punycode.decode(e) === s); }
console.log(punycode.decode('maana-pta'), punycode.decode('tda'));
