// Intl: NumberFormat signDisplay.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['auto', 'always', 'exceptZero', 'negative', 'never'].map((s) => [-1, 0, -0, 1, NaN].ma...", () => ['auto', 'always', 'exceptZero', 'negative', 'never'].map((s) => [-1, 0, -0, 1, NaN].map((v) => new Intl.NumberFormat('en', { signDisplay: s }).format(v)).join(' ')));
show("new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', signDisplay: 'always'...", () => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD', signDisplay: 'always' }).format(5));
show("new Intl.NumberFormat('de', { style: 'percent', signDisplay: 'exceptZero' }).format(0.05)", () => new Intl.NumberFormat('de', { style: 'percent', signDisplay: 'exceptZero' }).format(0.05));
