// Checks Iterator.prototype.reduce.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
function* g(n) { try { for (let i = 1; i <= n; i++) yield i; } finally { console.log('  closed'); } }

show('sum', () => g(4).reduce((a, b) => a + b));
show('with init', () => g(3).reduce((a, b, i) => a + b * i, 100));
show('strings', () => ['a', 'b'].values().reduce((a, b) => a + b, ''));
show('empty with init', () => g(0).reduce((a, b) => a + b, 'init'));
show('callback throws', () => g(3).reduce(() => { throw new Error('no'); }, 0));
