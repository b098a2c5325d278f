// size follows appends and deletes
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
const p = new URLSearchParams('a=1&a=2&b=3');
console.log(p.size); p.delete('a'); console.log(p.size); p.append('x', 'y'); console.log(p.size);
console.log(Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').enumerable);
