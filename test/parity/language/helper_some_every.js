// Checks Iterator.prototype.some/every short-circuit and close.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

show('some true', () => g(5).some((x) => x === 2));
show('some false', () => g(2).some((x) => x > 5));
show('every false', () => g(5).every((x) => x < 2));
show('every true', () => g(2).every((x) => x > 0));
