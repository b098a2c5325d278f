// Intl: NumberFormat decimal in de.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('de').format(1234567.891)", () => new Intl.NumberFormat('de').format(1234567.891));
show("new Intl.NumberFormat('de').format(-0.5)", () => new Intl.NumberFormat('de').format(-0.5));
show("new Intl.NumberFormat('de').format(1234)", () => new Intl.NumberFormat('de').format(1234));
show("new Intl.NumberFormat('de', { maximumFractionDigits: 0 }).format(2.5)", () => new Intl.NumberFormat('de', { maximumFractionDigits: 0 }).format(2.5));
show("new Intl.NumberFormat('de', { style: 'percent' }).format(0.256)", () => new Intl.NumberFormat('de', { style: 'percent' }).format(0.256));
show("new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(-1234.5)", () => new Intl.NumberFormat('de', { style: 'currency', currency: 'EUR' }).format(-1234.5));
show("new Intl.NumberFormat('de', { style: 'currency', currency: 'USD' }).format(1234.5)", () => new Intl.NumberFormat('de', { style: 'currency', currency: 'USD' }).format(1234.5));
show("new Intl.NumberFormat('de', { style: 'currency', currency: 'JPY' }).format(1234.5)", () => new Intl.NumberFormat('de', { style: 'currency', currency: 'JPY' }).format(1234.5));
show("new Intl.NumberFormat('de').resolvedOptions().locale", () => new Intl.NumberFormat('de').resolvedOptions().locale);
show("(12345.678).toLocaleString('de')", () => (12345.678).toLocaleString('de'));
