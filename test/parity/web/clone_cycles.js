// structuredClone keeps shared and cyclic references.
const o = { a: 1 };
o.self = o;
const c = structuredClone(o);
console.log(c.self === c, c !== o, c);
const shared = { v: 1 };
const d = structuredClone({ x: shared, y: shared, list: [shared] });
console.log(d.x === d.y, d.list[0] === d.x, d.x !== shared);
const m = new Map();
m.set('me', m);
const mc = structuredClone(m);
console.log(mc.get('me') === mc);
