// Checks Set.prototype.intersection with smaller and larger arguments.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
show('this smaller', () => [...new Set([1, 2]).intersection(new Set([2, 1, 3]))]);
show('this larger', () => [...new Set([1, 2, 3]).intersection(new Set([3, 1]))]);
show('with map', () => [...new Set(['a', 'b']).intersection(new Map([['b', 1]]))]);
