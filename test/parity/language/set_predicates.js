// Checks Set.prototype.isSubsetOf / isSupersetOf / isDisjointFrom.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const a = new Set([1, 2]);
show('subset', () => a.isSubsetOf(new Set([1, 2, 3])));
show('not subset', () => a.isSubsetOf(new Set([1])));
show('superset', () => a.isSupersetOf(new Set([1])));
show('disjoint', () => a.isDisjointFrom(new Set([3])));
show('not disjoint', () => a.isDisjointFrom(new Set([2])));
