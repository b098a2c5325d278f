// Intl: DateTimeFormat dateStyle/timeStyle in en-IN.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('en-IN', { dateS...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('en-IN', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('en-IN', { timeStyle: s, timeZon...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('en-IN', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: '...", () => new Intl.DateTimeFormat('en-IN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('en-IN', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('en-IN', { timeZone: 'UTC' })", () => d.toLocaleDateString('en-IN', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('en-IN', { timeZone: 'UTC' })", () => d.toLocaleTimeString('en-IN', { timeZone: 'UTC' }));
show("d.toLocaleString('en-IN', { timeZone: 'UTC' })", () => d.toLocaleString('en-IN', { timeZone: 'UTC' }));
