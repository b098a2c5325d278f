// Intl: NumberFormat decimal in es-419.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('es-419').format(1234567.891)", () => new Intl.NumberFormat('es-419').format(1234567.891));
show("new Intl.NumberFormat('es-419').format(-0.5)", () => new Intl.NumberFormat('es-419').format(-0.5));
show("new Intl.NumberFormat('es-419').format(1234)", () => new Intl.NumberFormat('es-419').format(1234));
show("new Intl.NumberFormat('es-419', { maximumFractionDigits: 0 }).format(2.5)", () => new Intl.NumberFormat('es-419', { maximumFractionDigits: 0 }).format(2.5));
show("new Intl.NumberFormat('es-419', { style: 'percent' }).format(0.256)", () => new Intl.NumberFormat('es-419', { style: 'percent' }).format(0.256));
show("new Intl.NumberFormat('es-419', { style: 'currency', currency: 'EUR' }).format(-1234.5)", () => new Intl.NumberFormat('es-419', { style: 'currency', currency: 'EUR' }).format(-1234.5));
show("new Intl.NumberFormat('es-419', { style: 'currency', currency: 'USD' }).format(1234.5)", () => new Intl.NumberFormat('es-419', { style: 'currency', currency: 'USD' }).format(1234.5));
show("new Intl.NumberFormat('es-419', { style: 'currency', currency: 'JPY' }).format(1234.5)", () => new Intl.NumberFormat('es-419', { style: 'currency', currency: 'JPY' }).format(1234.5));
show("new Intl.NumberFormat('es-419').resolvedOptions().locale", () => new Intl.NumberFormat('es-419').resolvedOptions().locale);
show("(12345.678).toLocaleString('es-419')", () => (12345.678).toLocaleString('es-419'));
