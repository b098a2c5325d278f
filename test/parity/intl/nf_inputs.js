// Intl: NumberFormat BigInt and string inputs.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('en').format(12345678901234567890n)", () => new Intl.NumberFormat('en').format(12345678901234567890n));
show("new Intl.NumberFormat('en').format('1234567890123456789.123456789')", () => new Intl.NumberFormat('en').format('1234567890123456789.123456789'));
show("new Intl.NumberFormat('en', { maximumFractionDigits: 20 }).format('0.100000000000000000...", () => new Intl.NumberFormat('en', { maximumFractionDigits: 20 }).format('0.1000000000000000000001'));
show("new Intl.NumberFormat('en').format('1e3')", () => new Intl.NumberFormat('en').format('1e3'));
show("new Intl.NumberFormat('en').format('abc')", () => new Intl.NumberFormat('en').format('abc'));
show("new Intl.NumberFormat('en').format('')", () => new Intl.NumberFormat('en').format(''));
show("new Intl.NumberFormat('en').format(' 42 ')", () => new Intl.NumberFormat('en').format(' 42 '));
show("(123456789n).toLocaleString('de')", () => (123456789n).toLocaleString('de'));
show("new Intl.NumberFormat('en').format(-0)", () => new Intl.NumberFormat('en').format(-0));
show("new Intl.NumberFormat('en').format(1e21)", () => new Intl.NumberFormat('en').format(1e21));
show("new Intl.NumberFormat('en').format(Number.MAX_SAFE_INTEGER)", () => new Intl.NumberFormat('en').format(Number.MAX_SAFE_INTEGER));
show("new Intl.NumberFormat('en').format(5e-324)", () => new Intl.NumberFormat('en').format(5e-324));
