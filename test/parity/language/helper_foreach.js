// Checks Iterator.prototype.forEach returns undefined.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

show('result', () => g(2).forEach((x, i) => console.log('  item', x, i)));
show('non-callable', () => g(2).forEach(null));
