// Checks toString(radix) of fractions and negatives.
const show = (label, f) => { try { const v = f(); console.log(label, typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)); } catch (e) { console.log(label, 'throws', e.constructor.name + ':', e.message); } };
for (const x of [0.1, 0.2, 0.3, -0.5, 1e-7, 123.456, -987654.321, 2 ** -1074, Number.MAX_VALUE]) {
  console.log(x, x.toString(2).length, x.toString(3).slice(0, 40), x.toString(7).slice(0, 40), x.toString(36));
}
