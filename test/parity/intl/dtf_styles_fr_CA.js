// Intl: DateTimeFormat dateStyle/timeStyle in fr-CA.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('fr-CA', { dateS...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('fr-CA', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('fr-CA', { timeStyle: s, timeZon...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('fr-CA', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('fr-CA', { dateStyle: 'medium', timeStyle: 'short', timeZone: '...", () => new Intl.DateTimeFormat('fr-CA', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('fr-CA', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('fr-CA', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('fr-CA', { timeZone: 'UTC' })", () => d.toLocaleDateString('fr-CA', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('fr-CA', { timeZone: 'UTC' })", () => d.toLocaleTimeString('fr-CA', { timeZone: 'UTC' }));
show("d.toLocaleString('fr-CA', { timeZone: 'UTC' })", () => d.toLocaleString('fr-CA', { timeZone: 'UTC' }));
