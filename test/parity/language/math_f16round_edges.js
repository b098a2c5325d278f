// Checks Math.f16round rounding edges.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
const xs = [1 + 2 ** -11, 1 + 3 * 2 ** -11, 65503.99, 65519.99, 6.103515625e-5, 6.097555160522461e-5, -1e-8, 2 ** -24, 2 ** -25, 3 * 2 ** -26, Infinity, -Infinity, '1.5', null, undefined, {}];
for (const x of xs) console.log(String(x), Object.is(Math.f16round(x), -0) ? '-0' : Math.f16round(x));
