// Checks Iterator.prototype.filter: predicate and counter.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

show('odd', () => g(5).filter((x, i) => { console.log('  pred', x, i); return x % 2; }).toArray());
show('none', () => g(2).filter(() => false).toArray());
