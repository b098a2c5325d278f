// Intl: DateTimeFormat dateStyle/timeStyle in es.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('es', { dateStyl...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('es', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('es', { timeStyle: s, timeZone: ...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('es', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC...", () => new Intl.DateTimeFormat('es', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('es', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('es', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('es', { timeZone: 'UTC' })", () => d.toLocaleDateString('es', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('es', { timeZone: 'UTC' })", () => d.toLocaleTimeString('es', { timeZone: 'UTC' }));
show("d.toLocaleString('es', { timeZone: 'UTC' })", () => d.toLocaleString('es', { timeZone: 'UTC' }));
