// Checks Object.groupBy groups by key with a null-prototype result.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const g = Object.groupBy([1, 2, 3, 4, 5], (x) => (x % 2 ? 'odd' : 'even'));
show('groups', () => g);
show('proto', () => Object.getPrototypeOf(g));
show('index arg', () => Object.groupBy('abc', (c, i) => i));
show('symbol key', () => Object.getOwnPropertySymbols(Object.groupBy([1], () => Symbol.iterator)).length);
