// Intl: DateTimeFormat dateStyle/timeStyle in zh-TW.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-TW', { dateS...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-TW', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-TW', { timeStyle: s, timeZon...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-TW', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('zh-TW', { dateStyle: 'medium', timeStyle: 'short', timeZone: '...", () => new Intl.DateTimeFormat('zh-TW', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('zh-TW', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('zh-TW', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('zh-TW', { timeZone: 'UTC' })", () => d.toLocaleDateString('zh-TW', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('zh-TW', { timeZone: 'UTC' })", () => d.toLocaleTimeString('zh-TW', { timeZone: 'UTC' }));
show("d.toLocaleString('zh-TW', { timeZone: 'UTC' })", () => d.toLocaleString('zh-TW', { timeZone: 'UTC' }));
