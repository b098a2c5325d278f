// Intl: NumberFormat currency display and sign.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['symbol', 'narrowSymbol', 'code', 'name'].map((c) => new Intl.NumberFormat('en', { sty...", () => ['symbol', 'narrowSymbol', 'code', 'name'].map((c) => new Intl.NumberFormat('en', { style: 'currency', currency: 'CAD', currencyDisplay: c }).format(1234.5)));
show("['symbol', 'narrowSymbol', 'code', 'name'].map((c) => new Intl.NumberFormat('de', { sty...", () => ['symbol', 'narrowSymbol', 'code', 'name'].map((c) => new Intl.NumberFormat('de', { style: 'currency', currency: 'USD', currencyDisplay: c }).format(1)));
show("new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', currencySign: 'accoun...", () => new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR', currencySign: 'accounting' }).format(-5));
show("new Intl.NumberFormat('en', { style: 'currency', currency: 'CHF' }).format(1)", () => new Intl.NumberFormat('en', { style: 'currency', currency: 'CHF' }).format(1));
show("new Intl.NumberFormat('ja', { style: 'currency', currency: 'JPY' }).format(1234)", () => new Intl.NumberFormat('ja', { style: 'currency', currency: 'JPY' }).format(1234));
show("new Intl.NumberFormat('en', { style: 'currency', currency: 'KWD' }).format(1)", () => new Intl.NumberFormat('en', { style: 'currency', currency: 'KWD' }).format(1));
show("new Intl.NumberFormat('en', { style: 'currency', currency: 'usd' }).resolvedOptions()", () => new Intl.NumberFormat('en', { style: 'currency', currency: 'usd' }).resolvedOptions());
show("new Intl.NumberFormat('fr', { style: 'currency', currency: 'USD', currencyDisplay: 'nam...", () => new Intl.NumberFormat('fr', { style: 'currency', currency: 'USD', currencyDisplay: 'name' }).format(2));
show("new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(12345678)", () => new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(12345678));
