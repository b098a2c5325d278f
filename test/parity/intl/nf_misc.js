// Intl: NumberFormat as a function, prototype and statics.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("Intl.NumberFormat('de').format(1234.5)", () => Intl.NumberFormat('de').format(1234.5));
show("Object.prototype.toString.call(new Intl.NumberFormat())", () => Object.prototype.toString.call(new Intl.NumberFormat()));
show("typeof new Intl.NumberFormat().format", () => typeof new Intl.NumberFormat().format);
show("new Intl.NumberFormat().format === new Intl.NumberFormat().format", () => new Intl.NumberFormat().format === new Intl.NumberFormat().format);
show("(() => { const nf = new Intl.NumberFormat('en'); return nf.format === nf.format; })()", () => (() => { const nf = new Intl.NumberFormat('en'); return nf.format === nf.format; })());
show("[1, 2, 3].map(new Intl.NumberFormat('en', { minimumFractionDigits: 1 }).format)", () => [1, 2, 3].map(new Intl.NumberFormat('en', { minimumFractionDigits: 1 }).format));
show("Intl.NumberFormat.supportedLocalesOf(['de-DE', 'xx', 'en-US'])", () => Intl.NumberFormat.supportedLocalesOf(['de-DE', 'xx', 'en-US']));
show("Intl.NumberFormat.name + ' ' + Intl.NumberFormat.length", () => Intl.NumberFormat.name + ' ' + Intl.NumberFormat.length);
show("new Intl.NumberFormat().resolvedOptions()", () => new Intl.NumberFormat().resolvedOptions());
