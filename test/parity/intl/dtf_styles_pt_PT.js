// Intl: DateTimeFormat dateStyle/timeStyle in pt-PT.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('pt-PT', { dateS...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('pt-PT', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('pt-PT', { timeStyle: s, timeZon...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('pt-PT', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('pt-PT', { dateStyle: 'medium', timeStyle: 'short', timeZone: '...", () => new Intl.DateTimeFormat('pt-PT', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('pt-PT', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('pt-PT', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('pt-PT', { timeZone: 'UTC' })", () => d.toLocaleDateString('pt-PT', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('pt-PT', { timeZone: 'UTC' })", () => d.toLocaleTimeString('pt-PT', { timeZone: 'UTC' }));
show("d.toLocaleString('pt-PT', { timeZone: 'UTC' })", () => d.toLocaleString('pt-PT', { timeZone: 'UTC' }));
