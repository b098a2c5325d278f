// Checks Set.prototype.difference.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('basic', () => [...new Set([1, 2, 3]).difference(new Set([2]))]);
show('larger other', () => [...new Set([1, 2]).difference(new Set([2, 3, 4, 5]))]);
show('empty', () => [...new Set().difference(new Set([1]))]);
