// Checks Iterator.from with iterables, iterator objects and their prototypes.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('array', () => Iterator.from([1, 2]).toArray());
show('set', () => Iterator.from(new Set(['a'])).map((x) => x + x).toArray());
const wrapped = Iterator.from({ next() { return { done: true }; } });
show('wrapper proto', () => Object.getPrototypeOf(Object.getPrototypeOf(wrapped)) === Iterator.prototype);
show('wrapper return', () => JSON.stringify(wrapped.return()));
show('null', () => Iterator.from(null));
