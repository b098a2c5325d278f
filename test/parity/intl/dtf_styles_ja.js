// Intl: DateTimeFormat dateStyle/timeStyle in ja.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('ja', { dateStyl...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('ja', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('ja', { timeStyle: s, timeZone: ...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('ja', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('ja', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC...", () => new Intl.DateTimeFormat('ja', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('ja', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('ja', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('ja', { timeZone: 'UTC' })", () => d.toLocaleDateString('ja', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('ja', { timeZone: 'UTC' })", () => d.toLocaleTimeString('ja', { timeZone: 'UTC' }));
show("d.toLocaleString('ja', { timeZone: 'UTC' })", () => d.toLocaleString('ja', { timeZone: 'UTC' }));
