// Intl: DateTimeFormat formatRange.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' }).formatRange(d, ...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'medium' }).formatRange(d, new Date(Date.UTC(2024, 2, 9))));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: ...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).formatRange(d, new Date(Date.UTC(2024, 2, 9))));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: ...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).formatRange(d, new Date(Date.UTC(2024, 5, 9))));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: ...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).formatRange(d, new Date(Date.UTC(2025, 5, 9))));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: ...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).formatRange(d, d));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric' })....", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric', minute: 'numeric' }).formatRange(d, new Date(Date.UTC(2024, 2, 5, 17))));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: ...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).formatRangeToParts(d, new Date(Date.UTC(2024, 2, 9))));
