// Checks JSON.stringify indentation of nested arrays and objects.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
console.log(JSON.stringify({ h: [1, {}] }, null, 2));
console.log(JSON.stringify({ a: [[1, [2, { b: [] }]], { c: { d: [3] } }], e: {} }, null, '\t'));
console.log(JSON.stringify([[[]], [{}], { x: [1] }], null, 4));
console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ a: [1], b: 2 }, ['a'], 3));
