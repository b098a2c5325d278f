// Intl: NumberFormat scientific and engineering notation.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("[123456, 0.00012, 1, 0, -5e20].map((v) => new Intl.NumberFormat('en', { notation: 'scie...", () => [123456, 0.00012, 1, 0, -5e20].map((v) => new Intl.NumberFormat('en', { notation: 'scientific' }).format(v)));
show("[123456, 0.00012, 1, 12].map((v) => new Intl.NumberFormat('en', { notation: 'engineerin...", () => [123456, 0.00012, 1, 12].map((v) => new Intl.NumberFormat('en', { notation: 'engineering' }).format(v)));
show("new Intl.NumberFormat('de', { notation: 'scientific' }).format(123456)", () => new Intl.NumberFormat('de', { notation: 'scientific' }).format(123456));
show("new Intl.NumberFormat('en', { notation: 'scientific' }).formatToParts(-0.00012)", () => new Intl.NumberFormat('en', { notation: 'scientific' }).formatToParts(-0.00012));
