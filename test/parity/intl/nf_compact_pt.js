// Intl: NumberFormat compact notation in pt.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("[999, 1234, 12345, 999999, 1500000, 2.5e9, 1e12].map((v) => new Intl.NumberFormat('pt',...", () => [999, 1234, 12345, 999999, 1500000, 2.5e9, 1e12].map((v) => new Intl.NumberFormat('pt', { notation: 'compact' }).format(v)));
show("[1234, 1500000, 2e9].map((v) => new Intl.NumberFormat('pt', { notation: 'compact', comp...", () => [1234, 1500000, 2e9].map((v) => new Intl.NumberFormat('pt', { notation: 'compact', compactDisplay: 'long' }).format(v)));
show("new Intl.NumberFormat('pt', { notation: 'compact' }).resolvedOptions()", () => new Intl.NumberFormat('pt', { notation: 'compact' }).resolvedOptions());
