// Checks Set method TypeErrors and RangeErrors (V8's texts).
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const s = new Set([1]);
show('primitive', () => s.union(5));
show('no has', () => s.union({ size: 1 }));
show('NaN size', () => s.union({ size: NaN, has() {}, keys() {} }));
show('negative size', () => s.union({ size: -1, has() {}, keys() {} }));
show('bad keys', () => s.union({ size: 1, has() {}, keys: 1 }));
show('receiver', () => Set.prototype.union.call({}, new Set()));
show('keys result', () => s.union({ size: 1, has() {}, keys() { return 5; } }));
