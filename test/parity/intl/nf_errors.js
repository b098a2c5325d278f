// Intl: NumberFormat option errors.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('en', { maximumFractionDigits: 200 })", () => new Intl.NumberFormat('en', { maximumFractionDigits: 200 }));
show("new Intl.NumberFormat('en', { minimumFractionDigits: 5, maximumFractionDigits: 2 })", () => new Intl.NumberFormat('en', { minimumFractionDigits: 5, maximumFractionDigits: 2 }));
show("new Intl.NumberFormat('en', { maximumSignificantDigits: 0 })", () => new Intl.NumberFormat('en', { maximumSignificantDigits: 0 }));
show("new Intl.NumberFormat('en', { style: 'currency' })", () => new Intl.NumberFormat('en', { style: 'currency' }));
show("new Intl.NumberFormat('en', { style: 'currency', currency: 'US' })", () => new Intl.NumberFormat('en', { style: 'currency', currency: 'US' }));
show("new Intl.NumberFormat('en', { style: 'unit', unit: 'foo' })", () => new Intl.NumberFormat('en', { style: 'unit', unit: 'foo' }));
show("new Intl.NumberFormat('en', { roundingIncrement: 3 })", () => new Intl.NumberFormat('en', { roundingIncrement: 3 }));
show("new Intl.NumberFormat('en', { notation: 'foo' })", () => new Intl.NumberFormat('en', { notation: 'foo' }));
show("new Intl.NumberFormat('en', { useGrouping: 'x' })", () => new Intl.NumberFormat('en', { useGrouping: 'x' }));
show("new Intl.NumberFormat('en_US')", () => new Intl.NumberFormat('en_US'));
show("new Intl.NumberFormat('en', { style: 'bogus' })", () => new Intl.NumberFormat('en', { style: 'bogus' }));
