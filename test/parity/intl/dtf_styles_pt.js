// Intl: DateTimeFormat dateStyle/timeStyle in pt.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('pt', { dateStyl...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('pt', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('pt', { timeStyle: s, timeZone: ...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('pt', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('pt', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC...", () => new Intl.DateTimeFormat('pt', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('pt', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('pt', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('pt', { timeZone: 'UTC' })", () => d.toLocaleDateString('pt', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('pt', { timeZone: 'UTC' })", () => d.toLocaleTimeString('pt', { timeZone: 'UTC' }));
show("d.toLocaleString('pt', { timeZone: 'UTC' })", () => d.toLocaleString('pt', { timeZone: 'UTC' }));
