// Checks Set.prototype.symmetricDifference.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('basic', () => [...new Set([1, 2]).symmetricDifference(new Set([2, 3]))]);
show('self', () => { const s = new Set([1]); return [...s.symmetricDifference(s)]; });
