// Intl: DateTimeFormat dateStyle/timeStyle in es-MX.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('es-MX', { dateS...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('es-MX', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('es-MX', { timeStyle: s, timeZon...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('es-MX', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium', timeStyle: 'short', timeZone: '...", () => new Intl.DateTimeFormat('es-MX', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('es-MX', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('es-MX', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('es-MX', { timeZone: 'UTC' })", () => d.toLocaleDateString('es-MX', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('es-MX', { timeZone: 'UTC' })", () => d.toLocaleTimeString('es-MX', { timeZone: 'UTC' }));
show("d.toLocaleString('es-MX', { timeZone: 'UTC' })", () => d.toLocaleString('es-MX', { timeZone: 'UTC' }));
