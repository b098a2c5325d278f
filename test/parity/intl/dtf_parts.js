// Intl: DateTimeFormat formatToParts.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'long' }...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'long' }).formatToParts(d));
show("new Intl.DateTimeFormat('de', { timeZone: 'UTC', year: 'numeric', month: 'long', day: '...", () => new Intl.DateTimeFormat('de', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(d));
show("new Intl.DateTimeFormat('ja', { timeZone: 'UTC' }).formatToParts(d)", () => new Intl.DateTimeFormat('ja', { timeZone: 'UTC' }).formatToParts(d));
