// Checks Map.groupBy keeps keys as values, -0 becomes 0.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const m = Map.groupBy([1.5, 2.5, -0, 0], (x) => (x === 0 ? x : Math.floor(x)));
show('keys', () => [...m.keys()].map((k) => Object.is(k, -0) ? '-0' : k));
show('values', () => [...m.values()]);
const o = {};
show('object key', () => Map.groupBy([1, 2], () => o).get(o));
