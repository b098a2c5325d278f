// Checks Iterator.prototype.toArray on several iterators.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

show('generator', () => g(3).toArray());
show('map entries', () => new Map([[1, 'a']]).entries().toArray());
show('string', () => 'ab😀'[Symbol.iterator]().toArray());
show('matchAll', () => 'a1b2'.matchAll(/\d/g).map((m) => m[0]).toArray());
