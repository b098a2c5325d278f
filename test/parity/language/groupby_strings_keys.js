// Checks Object.groupBy key coercion.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('numbers', () => Object.groupBy([1, 2, 3], (x) => x > 1));
show('objects', () => Object.keys(Object.groupBy([1], () => ({ toString() { return 'k'; } }))));
show('order', () => Object.keys(Object.groupBy(['b', 'a', 'b', 'c'], (x) => x)));
show('integer keys', () => Object.keys(Object.groupBy([3, 1, 2], (x) => x)));
