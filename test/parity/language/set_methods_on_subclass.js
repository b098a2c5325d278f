// Checks Set methods on a subclass return plain Sets.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
class MySet extends Set {}
const s = new MySet([1, 2]);
show('union type', () => s.union(new Set([3])).constructor.name);
show('intersection type', () => s.intersection(new Set([1])) instanceof MySet);
show('species ignored', () => { class S2 extends Set { static get [Symbol.species]() { throw new Error('species'); } } return [...new S2([1]).union(new Set([2]))]; });
