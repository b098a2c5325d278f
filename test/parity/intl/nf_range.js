// Intl: NumberFormat formatRange.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('en').formatRange(1, 5)", () => new Intl.NumberFormat('en').formatRange(1, 5));
show("new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).formatRange(3, 5)", () => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).formatRange(3, 5));
show("new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).formatRange(3, 3)", () => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).formatRange(3, 3));
show("new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer' }).formatRange(3, 5)", () => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer' }).formatRange(3, 5));
show("new Intl.NumberFormat('en').formatRangeToParts(1, 2)", () => new Intl.NumberFormat('en').formatRangeToParts(1, 2));
show("new Intl.NumberFormat('en').formatRange(NaN, 2)", () => new Intl.NumberFormat('en').formatRange(NaN, 2));
