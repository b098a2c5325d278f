// Intl: NumberFormat decimal in en-IN.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('en-IN').format(1234567.891)", () => new Intl.NumberFormat('en-IN').format(1234567.891));
show("new Intl.NumberFormat('en-IN').format(-0.5)", () => new Intl.NumberFormat('en-IN').format(-0.5));
show("new Intl.NumberFormat('en-IN').format(1234)", () => new Intl.NumberFormat('en-IN').format(1234));
show("new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 }).format(2.5)", () => new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 }).format(2.5));
show("new Intl.NumberFormat('en-IN', { style: 'percent' }).format(0.256)", () => new Intl.NumberFormat('en-IN', { style: 'percent' }).format(0.256));
show("new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'EUR' }).format(-1234.5)", () => new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'EUR' }).format(-1234.5));
show("new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'USD' }).format(1234.5)", () => new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'USD' }).format(1234.5));
show("new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'JPY' }).format(1234.5)", () => new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'JPY' }).format(1234.5));
show("new Intl.NumberFormat('en-IN').resolvedOptions().locale", () => new Intl.NumberFormat('en-IN').resolvedOptions().locale);
show("(12345.678).toLocaleString('en-IN')", () => (12345.678).toLocaleString('en-IN'));
