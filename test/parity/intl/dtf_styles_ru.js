// Intl: DateTimeFormat dateStyle/timeStyle in ru.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('ru', { dateStyl...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('ru', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('ru', { timeStyle: s, timeZone: ...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('ru', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('ru', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC...", () => new Intl.DateTimeFormat('ru', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('ru', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('ru', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('ru', { timeZone: 'UTC' })", () => d.toLocaleDateString('ru', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('ru', { timeZone: 'UTC' })", () => d.toLocaleTimeString('ru', { timeZone: 'UTC' }));
show("d.toLocaleString('ru', { timeZone: 'UTC' })", () => d.toLocaleString('ru', { timeZone: 'UTC' }));
