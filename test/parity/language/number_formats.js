// Checks toFixed, toPrecision, toExponential as V8 prints them.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
for (const x of [0, -0, 1.005, 1.45, 123.456, 1e21, 1e-7, -1.5e-10, 5e-324, 0.000001, 2 ** 53]) {
  console.log(x, x.toFixed(2), x.toPrecision(3), x.toExponential(2), x.toExponential(), String(x));
}
show('toFixed(101)', () => (1).toFixed(101));
show('toPrecision(0)', () => (1).toPrecision(0));
