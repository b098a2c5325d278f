// Checks Iterator.prototype.map: values, counter, laziness.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

const m = g(3).map((x, i) => { console.log('  map', x, i); return x * x; });
show('first', () => JSON.stringify(m.next()));
show('rest', () => [...m]);
show('done', () => JSON.stringify(m.next()));
