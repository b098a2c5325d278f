// URL.canParse with and without a base
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const [i, b] of [['https://x/'], ['x'], ['x', 'https://a/'], ['x', 'bad'], ['//x', 'file:///'], ['http://[::1]'], ['http://[1:2]'], ['http://1.2.3.4.5'], ['http://0x100000000']])
  console.log(i, b, URL.canParse(i, b));
