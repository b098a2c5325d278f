// Checks JSON.stringify replacers, toJSON and special values.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
console.log(JSON.stringify({ a: [1, { b: 2 }], c: 'x' }, (k, v) => (k === 'b' ? undefined : v), 2));
console.log(JSON.stringify({ d: new Date(0), n: null, u: undefined, f() {}, s: Symbol('x') }, null, 1));
console.log(JSON.stringify([undefined, function () {}, Symbol('y')], null, 2));
console.log(JSON.stringify({ big: 1e21, neg: -0, nan: NaN, inf: -Infinity }));
console.log(JSON.stringify('\u2028\u2029\ud800\udc00\ud800"\\\b\f\n\r\t\u0001'));
show('bigint', () => JSON.stringify({ x: 1n }));
show('cycle', () => { const o = {}; o.o = o; return JSON.stringify(o); });
