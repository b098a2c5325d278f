// URLSearchParams from arrays, Maps, other URLSearchParams and generators
'use strict';
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : v); } catch (e) { console.log('threw', e.name, e.code, e.message); } };
console.log([...new URLSearchParams([['a', 1], ['b', '2'], ['a', null]])]);
console.log([...new URLSearchParams(new Map([['k', 'v'], ['k2', undefined]]))]);
const a = new URLSearchParams('x=1'); const b = new URLSearchParams(a); b.append('y', 2); console.log(a.toString(), b.toString());
function* g() { yield ['g', 'h']; yield new Set(['i', 'j']); }
console.log(new URLSearchParams(g()).toString());
