// Checks Iterator.from wraps plain iterators and strings.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
let i = 0;
const plain = { next() { return i < 3 ? { value: i++, done: false } : { done: true }; } };
const w = Iterator.from(plain);
show('wrapped', () => w instanceof Iterator);
show('values', () => w.map((x) => x * 2).toArray());
show('string', () => Iterator.from('héllo').toArray().join('|'));
show('same', () => { const a = [1].values(); return Iterator.from(a) === a; });
show('non-object', () => Iterator.from(5));
show('bad @@iterator', () => Iterator.from({ [Symbol.iterator]: 5 }));
