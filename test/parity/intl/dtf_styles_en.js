// Intl: DateTimeFormat dateStyle/timeStyle in en.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('en', { dateStyl...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('en', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('en', { timeStyle: s, timeZone: ...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('en', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC...", () => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('en', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('en', { timeZone: 'UTC' })", () => d.toLocaleDateString('en', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('en', { timeZone: 'UTC' })", () => d.toLocaleTimeString('en', { timeZone: 'UTC' }));
show("d.toLocaleString('en', { timeZone: 'UTC' })", () => d.toLocaleString('en', { timeZone: 'UTC' }));
