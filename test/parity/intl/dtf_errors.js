// Intl: DateTimeFormat errors.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DateTimeFormat('en', { dateStyle: 'short', hour: 'numeric' })", () => new Intl.DateTimeFormat('en', { dateStyle: 'short', hour: 'numeric' }));
show("new Intl.DateTimeFormat('en', { calendar: '!!' })", () => new Intl.DateTimeFormat('en', { calendar: '!!' }));
show("new Intl.DateTimeFormat('en').format(NaN)", () => new Intl.DateTimeFormat('en').format(NaN));
show("new Intl.DateTimeFormat('en', { month: 'bogus' })", () => new Intl.DateTimeFormat('en', { month: 'bogus' }));
show("new Intl.DateTimeFormat('en', { fractionalSecondDigits: 4 })", () => new Intl.DateTimeFormat('en', { fractionalSecondDigits: 4 }));
show("new Date(NaN).toLocaleString()", () => new Date(NaN).toLocaleString());
show("new Date(0).toLocaleDateString('en', { timeStyle: 'short' })", () => new Date(0).toLocaleDateString('en', { timeStyle: 'short' }));
show("Intl.DateTimeFormat.prototype.resolvedOptions.call({})", () => Intl.DateTimeFormat.prototype.resolvedOptions.call({}));
