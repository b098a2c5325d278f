// append and delete (with and without value)
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams();
p.append('a', 1); p.append('a', 2); p.append('b', 'x'); p.append('a', 1);
console.log(p.toString());
p.delete('a', '1'); console.log(p.toString());
p.delete('a'); console.log(p.toString());
p.delete('zz'); p.delete('b', undefined); console.log(JSON.stringify(p.toString()));
