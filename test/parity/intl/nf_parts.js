// Intl: NumberFormat formatToParts.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).formatToParts(-1234...", () => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).formatToParts(-1234.5));
show("new Intl.NumberFormat('de', { style: 'percent' }).formatToParts(0.5)", () => new Intl.NumberFormat('de', { style: 'percent' }).formatToParts(0.5));
show("new Intl.NumberFormat('en', { notation: 'compact' }).formatToParts(1500)", () => new Intl.NumberFormat('en', { notation: 'compact' }).formatToParts(1500));
show("new Intl.NumberFormat('en').formatToParts(NaN)", () => new Intl.NumberFormat('en').formatToParts(NaN));
show("new Intl.NumberFormat('en').formatToParts(-Infinity)", () => new Intl.NumberFormat('en').formatToParts(-Infinity));
