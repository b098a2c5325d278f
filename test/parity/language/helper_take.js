// Checks Iterator.prototype.take: closes at the limit, limits coerced.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

show('take 2', () => g(5).take(2).toArray());
show('take 0', () => g(5).take(0).toArray());
show('take "2"', () => g(5).take('2').toArray());
show('take 1.9', () => g(5).take(1.9).toArray());
show('take Infinity', () => g(3).take(Infinity).toArray());
