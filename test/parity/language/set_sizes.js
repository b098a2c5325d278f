// Checks GetSetRecord size coercion.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('string size', () => new Set([1]).isSubsetOf({ size: '3', has: () => true, keys: () => [].values() }));
show('undefined size', () => new Set([1]).isSubsetOf({ has: () => true, keys: () => [].values() }));
show('bigint size', () => new Set([1]).isSubsetOf({ size: 1n, has: () => true, keys: () => [].values() }));
show('Infinity size', () => new Set([1]).isSupersetOf({ size: Infinity, has: () => true, keys: () => [].values() }));
