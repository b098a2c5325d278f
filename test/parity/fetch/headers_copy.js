// Headers built from Headers, arrays, records and iterables; set-cookie copied separately
const a = new Headers({ 'Set-Cookie': 'a=1', X: 'y' });
a.append('set-cookie', 'b=2');
const b = new Headers(a);
console.log([...b], b.getSetCookie());
const m = new Map([['k', 'v'], ['K', 'w']]);
console.log([...new Headers(m)]);
console.log([...new Headers({ __proto__: { inherited: 'no' }, own: 'yes' })]);
const sym = {}; sym[Symbol('s')] = 1;
try { new Headers(sym); } catch (e) { console.log(e.name, e.message); }
console.log(new Headers([]).has('x'), [...new Headers()]);
