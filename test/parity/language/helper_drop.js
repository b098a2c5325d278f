// Checks Iterator.prototype.drop.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

show('drop 2', () => g(4).drop(2).toArray());
show('drop past end', () => g(2).drop(5).toArray());
show('drop Infinity', () => g(2).drop(Infinity).toArray());
show('drop -1', () => g(2).drop(-1));
