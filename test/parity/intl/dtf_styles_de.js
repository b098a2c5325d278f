// Intl: DateTimeFormat dateStyle/timeStyle in de.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('de', { dateStyl...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('de', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('de', { timeStyle: s, timeZone: ...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('de', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC...", () => new Intl.DateTimeFormat('de', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('de', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('de', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('de', { timeZone: 'UTC' })", () => d.toLocaleDateString('de', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('de', { timeZone: 'UTC' })", () => d.toLocaleTimeString('de', { timeZone: 'UTC' }));
show("d.toLocaleString('de', { timeZone: 'UTC' })", () => d.toLocaleString('de', { timeZone: 'UTC' }));
