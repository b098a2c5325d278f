// Intl: NumberFormat decimal in pt.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('pt').format(1234567.891)", () => new Intl.NumberFormat('pt').format(1234567.891));
show("new Intl.NumberFormat('pt').format(-0.5)", () => new Intl.NumberFormat('pt').format(-0.5));
show("new Intl.NumberFormat('pt').format(1234)", () => new Intl.NumberFormat('pt').format(1234));
show("new Intl.NumberFormat('pt', { maximumFractionDigits: 0 }).format(2.5)", () => new Intl.NumberFormat('pt', { maximumFractionDigits: 0 }).format(2.5));
show("new Intl.NumberFormat('pt', { style: 'percent' }).format(0.256)", () => new Intl.NumberFormat('pt', { style: 'percent' }).format(0.256));
show("new Intl.NumberFormat('pt', { style: 'currency', currency: 'EUR' }).format(-1234.5)", () => new Intl.NumberFormat('pt', { style: 'currency', currency: 'EUR' }).format(-1234.5));
show("new Intl.NumberFormat('pt', { style: 'currency', currency: 'USD' }).format(1234.5)", () => new Intl.NumberFormat('pt', { style: 'currency', currency: 'USD' }).format(1234.5));
show("new Intl.NumberFormat('pt', { style: 'currency', currency: 'JPY' }).format(1234.5)", () => new Intl.NumberFormat('pt', { style: 'currency', currency: 'JPY' }).format(1234.5));
show("new Intl.NumberFormat('pt').resolvedOptions().locale", () => new Intl.NumberFormat('pt').resolvedOptions().locale);
show("(12345.678).toLocaleString('pt')", () => (12345.678).toLocaleString('pt'));
