// Intl: DateTimeFormat dateStyle/timeStyle in zh-HK.
const show = (label, f) => {
  try { const v = f(); console.log(label, typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v)); } catch (e) { console.log(label, 'threw', e.name + ': ' + e.message); }
};
const d = new Date(Date.UTC(2024, 2, 5, 15, 4, 9, 123));
show("['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-HK', { dateS...", () => ['full', 'long', 'medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-HK', { dateStyle: s, timeZone: 'UTC' }).format(d)));
show("['medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-HK', { timeStyle: s, timeZon...", () => ['medium', 'short'].map((s) => new Intl.DateTimeFormat('zh-HK', { timeStyle: s, timeZone: 'UTC' }).format(d)));
show("new Intl.DateTimeFormat('zh-HK', { dateStyle: 'medium', timeStyle: 'short', timeZone: '...", () => new Intl.DateTimeFormat('zh-HK', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(d));
show("new Intl.DateTimeFormat('zh-HK', { timeZone: 'UTC' }).format(d)", () => new Intl.DateTimeFormat('zh-HK', { timeZone: 'UTC' }).format(d));
show("d.toLocaleDateString('zh-HK', { timeZone: 'UTC' })", () => d.toLocaleDateString('zh-HK', { timeZone: 'UTC' }));
show("d.toLocaleTimeString('zh-HK', { timeZone: 'UTC' })", () => d.toLocaleTimeString('zh-HK', { timeZone: 'UTC' }));
show("d.toLocaleString('zh-HK', { timeZone: 'UTC' })", () => d.toLocaleString('zh-HK', { timeZone: 'UTC' }));
