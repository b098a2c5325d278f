// Intl: DateTimeFormat dateStyle/timeStyle in en-AU.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('en-AU', { dateS...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('en-AU', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('en-AU', { timeStyle: s, timeZon...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('en-AU', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('en-AU', { dateStyle: 'medium', timeStyle: 'short', timeZone: '...", () => new Intl.DateTimeFormat('en-AU', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('en-AU', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('en-AU', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('en-AU', { timeZone: 'UTC' })", () => d.toLocaleDateString('en-AU', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('en-AU', { timeZone: 'UTC' })", () => d.toLocaleTimeString('en-AU', { timeZone: 'UTC' }));
show("d.toLocaleString('en-AU', { timeZone: 'UTC' })", () => d.toLocaleString('en-AU', { timeZone: 'UTC' }));
