// Intl: DateTimeFormat dateStyle/timeStyle in en-GB.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('en-GB', { dateS...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('en-GB', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('en-GB', { timeStyle: s, timeZon...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('en-GB', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: '...", () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('en-GB', { timeZone: 'UTC' })", () => d.toLocaleDateString('en-GB', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('en-GB', { timeZone: 'UTC' })", () => d.toLocaleTimeString('en-GB', { timeZone: 'UTC' }));
show("d.toLocaleString('en-GB', { timeZone: 'UTC' })", () => d.toLocaleString('en-GB', { timeZone: 'UTC' }));
