// Intl: DateTimeFormat dateStyle/timeStyle in fr.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('fr', { dateStyl...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('fr', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('fr', { timeStyle: s, timeZone: ...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('fr', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC...", () => new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('fr', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('fr', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('fr', { timeZone: 'UTC' })", () => d.toLocaleDateString('fr', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('fr', { timeZone: 'UTC' })", () => d.toLocaleTimeString('fr', { timeZone: 'UTC' }));
show("d.toLocaleString('fr', { timeZone: 'UTC' })", () => d.toLocaleString('fr', { timeZone: 'UTC' }));
