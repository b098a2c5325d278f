// Checks error texts of the engine's ES2023 array methods.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('with out of range', () => [1].with(5, 1));
show('findLast non-callable', () => [1].findLast(5));
show('toSorted bad comparator', () => [1].toSorted(5));
