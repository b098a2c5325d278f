// Intl: NumberFormat unit style.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['short', 'narrow', 'long'].map((u) => new Intl.NumberFormat('en', { style: 'unit', uni...", () => ['short', 'narrow', 'long'].map((u) => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer', unitDisplay: u }).format(12)));
show("['short', 'long'].map((u) => new Intl.NumberFormat('de', { style: 'unit', unit: 'liter'...", () => ['short', 'long'].map((u) => new Intl.NumberFormat('de', { style: 'unit', unit: 'liter', unitDisplay: u }).format(1)));
show("new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-hour' }).format(50)", () => new Intl.NumberFormat('en', { style: 'unit', unit: 'kilometer-per-hour' }).format(50));
show("new Intl.NumberFormat('en', { style: 'unit', unit: 'megabyte' }).format(1.5)", () => new Intl.NumberFormat('en', { style: 'unit', unit: 'megabyte' }).format(1.5));
show("new Intl.NumberFormat('en', { style: 'unit', unit: 'celsius' }).format(21)", () => new Intl.NumberFormat('en', { style: 'unit', unit: 'celsius' }).format(21));
show("new Intl.NumberFormat('fr', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).forma...", () => new Intl.NumberFormat('fr', { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(2));
show("new Intl.NumberFormat('en', { style: 'unit', unit: 'percent' }).format(50)", () => new Intl.NumberFormat('en', { style: 'unit', unit: 'percent' }).format(50));
show("new Intl.NumberFormat('en', { style: 'unit', unit: 'byte', notation: 'compact', unitDis...", () => new Intl.NumberFormat('en', { style: 'unit', unit: 'byte', notation: 'compact', unitDisplay: 'narrow' }).format(1500000));
show("new Intl.NumberFormat('en', { style: 'unit', unit: 'second' }).formatToParts(3)", () => new Intl.NumberFormat('en', { style: 'unit', unit: 'second' }).formatToParts(3));
