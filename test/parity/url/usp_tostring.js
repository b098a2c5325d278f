// URLSearchParams serialization: application/x-www-form-urlencoded
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams();
p.append(' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '\u00e9\u2603\ud83d\ude00 \n');
console.log(p.toString());
p.append('\ud800', '\udc00x');
console.log(p.toString());
console.log(String(new URLSearchParams('a=b')), new URLSearchParams('x=%2B+').toString());
