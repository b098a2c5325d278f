// Intl: DateTimeFormat resolvedOptions.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions()", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).resolvedOptions());
show("new Intl.DateTimeFormat('de', { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'short' ...", () => new Intl.DateTimeFormat('de', { timeZone: 'UTC', dateStyle: 'full', timeStyle: 'short' }).resolvedOptions());
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC', weekday: 'long', month: 'short', day: ...", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC', weekday: 'long', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZoneName: 'short' }).resolvedOptions());
show("new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone: 'UTC' }).resolvedOpti...", () => new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', { timeZone: 'UTC' }).resolvedOptions().locale);
