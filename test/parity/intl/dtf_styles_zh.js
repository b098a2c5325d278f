// Intl: DateTimeFormat dateStyle/timeStyle in zh.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('zh', { dateStyl...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('zh', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('zh', { timeStyle: s, timeZone: ...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('zh', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('zh', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC...", () => new Intl.DateTimeFormat('zh', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('zh', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('zh', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('zh', { timeZone: 'UTC' })", () => d.toLocaleDateString('zh', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('zh', { timeZone: 'UTC' })", () => d.toLocaleTimeString('zh', { timeZone: 'UTC' }));
show("d.toLocaleString('zh', { timeZone: 'UTC' })", () => d.toLocaleString('zh', { timeZone: 'UTC' }));
