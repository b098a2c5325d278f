// Intl: NumberFormat decimal in en-GB.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('en-GB').format(1234567.891)", () => new Intl.NumberFormat('en-GB').format(1234567.891));
show("new Intl.NumberFormat('en-GB').format(-0.5)", () => new Intl.NumberFormat('en-GB').format(-0.5));
show("new Intl.NumberFormat('en-GB').format(1234)", () => new Intl.NumberFormat('en-GB').format(1234));
show("new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(2.5)", () => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(2.5));
show("new Intl.NumberFormat('en-GB', { style: 'percent' }).format(0.256)", () => new Intl.NumberFormat('en-GB', { style: 'percent' }).format(0.256));
show("new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(-1234.5)", () => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(-1234.5));
show("new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD' }).format(1234.5)", () => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'USD' }).format(1234.5));
show("new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'JPY' }).format(1234.5)", () => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'JPY' }).format(1234.5));
show("new Intl.NumberFormat('en-GB').resolvedOptions().locale", () => new Intl.NumberFormat('en-GB').resolvedOptions().locale);
show("(12345.678).toLocaleString('en-GB')", () => (12345.678).toLocaleString('en-GB'));
