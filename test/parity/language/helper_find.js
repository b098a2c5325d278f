// Checks Iterator.prototype.find.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

show('found', () => g(5).find((x) => x > 3));
show('missing', () => g(2).find((x) => x > 3));
show('counter', () => g(3).find((x, i) => i === 1));
