// Checks Set.prototype.union / intersection / difference / symmetricDifference.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const a = new Set([1, 2, 3]); const b = new Set([3, 4]);
show('union', () => [...a.union(b)]);
show('intersection', () => [...a.intersection(b)]);
show('difference', () => [...a.difference(b)]);
show('symmetricDifference', () => [...a.symmetricDifference(b)]);
show('set-like map', () => [...a.union(new Map([[9, 1]]))]);
