// Intl: DateTimeFormat dateStyle/timeStyle in es-419.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('es-419', { date...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('es-419', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('es-419', { timeStyle: s, timeZo...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('es-419', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('es-419', { dateStyle: 'medium', timeStyle: 'short', timeZone: ...", () => new Intl.DateTimeFormat('es-419', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('es-419', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('es-419', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('es-419', { timeZone: 'UTC' })", () => d.toLocaleDateString('es-419', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('es-419', { timeZone: 'UTC' })", () => d.toLocaleTimeString('es-419', { timeZone: 'UTC' }));
show("d.toLocaleString('es-419', { timeZone: 'UTC' })", () => d.toLocaleString('es-419', { timeZone: 'UTC' }));
