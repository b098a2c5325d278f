// Checks Number.prototype.toString(radix) as V8 formats it.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
for (const x of [255, -255, 0.5, -0.1, 1 / 3, 840570.5, 90541.5, 1e21, -1.0495512471131917e+260, 4.655895829200745e-15, -3.613148927688599e-18, 2 ** 60 + 1]) {
  console.log(x, [2, 8, 11, 16, 23, 36].map((r) => x.toString(r)).join(' '));
}
show('bad radix', () => (1).toString(1));
