// Intl: NumberFormat compact notation in zh-HK.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("[999, 1234, 12345, 999999, 1500000, 2.5e9, 1e12].map((v) => new Intl.NumberFormat('zh-H...", () => [999, 1234, 12345, 999999, 1500000, 2.5e9, 1e12].map((v) => new Intl.NumberFormat('zh-HK', { notation: 'compact' }).format(v)));
show("[1234, 1500000, 2e9].map((v) => new Intl.NumberFormat('zh-HK', { notation: 'compact', c...", () => [1234, 1500000, 2e9].map((v) => new Intl.NumberFormat('zh-HK', { notation: 'compact', compactDisplay: 'long' }).format(v)));
show("new Intl.NumberFormat('zh-HK', { notation: 'compact' }).resolvedOptions()", () => new Intl.NumberFormat('zh-HK', { notation: 'compact' }).resolvedOptions());
