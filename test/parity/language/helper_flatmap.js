// Checks Iterator.prototype.flatMap: inner iterators and iterables.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

show('arrays', () => g(3).flatMap((x) => new Array(x).fill(x)).toArray());
show('sets', () => g(2).flatMap((x) => new Set([x, -x])).toArray());
show('iterator', () => g(2).flatMap((x) => g(x)).toArray());
show('bad', () => g(2).flatMap(() => 1).toArray());
