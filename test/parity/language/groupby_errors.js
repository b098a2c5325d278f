// Checks Object.groupBy and Map.groupBy error texts.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('null items', () => Object.groupBy(null, (x) => x));
show('bad callback', () => Object.groupBy([1], 5));
show('not iterable', () => Map.groupBy(1, (x) => x));
show('length', () => Object.groupBy.length + ' ' + Map.groupBy.length);
show('name', () => Object.groupBy.name + ' ' + String(Object.groupBy));
