// Intl: DateTimeFormat dateStyle/timeStyle in de-CH.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('de-CH', { dateS...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('de-CH', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('de-CH', { timeStyle: s, timeZon...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('de-CH', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('de-CH', { dateStyle: 'medium', timeStyle: 'short', timeZone: '...", () => new Intl.DateTimeFormat('de-CH', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('de-CH', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('de-CH', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('de-CH', { timeZone: 'UTC' })", () => d.toLocaleDateString('de-CH', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('de-CH', { timeZone: 'UTC' })", () => d.toLocaleTimeString('de-CH', { timeZone: 'UTC' }));
show("d.toLocaleString('de-CH', { timeZone: 'UTC' })", () => d.toLocaleString('de-CH', { timeZone: 'UTC' }));
