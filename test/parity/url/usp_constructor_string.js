// URLSearchParams from strings: leading ?, +, percent escapes, malformed input
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
for (const s of ['a=1&b=2', '?a=1', '??a=1', 'a=1&&b', '=x&y=', 'a+b=c+d', 'a=%20%zz%', '%E2%98%83=%F0%9F%98%80', '%E0%A4%A=1', '%FF%FE=x', 'a=b=c', '&', ''])
  console.log(JSON.stringify(s), JSON.stringify([...new URLSearchParams(s)]));
