// Checks Set.prototype.union order and -0.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('order', () => [...new Set([3, 1]).union(new Set([2, 1, 0]))]);
show('-0', () => [...new Set([1]).union(new Set([-0]))].map((v) => Object.is(v, -0) ? '-0' : v));
show('array-like set', () => [...new Set([1]).union({ size: 2, has: () => true, keys: () => [7, 8].values() })]);
show('new object', () => { const s = new Set(); return s.union(s) !== s; });
