// sort is stable and orders by UTF-16 code units
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams('z=1&a=2&z=0&\uFFFD=3&\u{1F600}=4&A=5&a=1&=6');
p.sort();
console.log([...p.keys()].map((k) => k.codePointAt(0)), p.toString());
const u = new URL('http://a/?b=1&a=2'); u.searchParams.sort(); console.log(u.href);
